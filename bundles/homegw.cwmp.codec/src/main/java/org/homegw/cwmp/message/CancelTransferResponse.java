package org.homegw.cwmp.message;

/** Empty success answer to CancelTransfer. */
public record CancelTransferResponse() implements CwmpResponse {
}
