package org.homegw.cwmp.message;

/** Empty success answer to SetVouchers. */
public record SetVouchersResponse() implements CwmpResponse {
}
