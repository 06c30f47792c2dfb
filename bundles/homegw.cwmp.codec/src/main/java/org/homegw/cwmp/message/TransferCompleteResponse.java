package org.homegw.cwmp.message;

/** The ACS acknowledges TransferComplete. */
public record TransferCompleteResponse() implements CwmpResponse {
}
