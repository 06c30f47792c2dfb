package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** Installs option vouchers (base64 strings, kept as sent). */
public record SetVouchers(List<String> voucherList) implements CwmpRequest {
    public SetVouchers {
        voucherList = List.copyOf(Objects.requireNonNull(voucherList, "voucherList"));
    }
}
