package org.homegw.cwmp.message;

import java.util.Objects;

/** An option of a GetOptionsResponse; {@code expirationDate} is null when the option does not expire. */
public record OptionStruct(String optionName, long voucherSN, long state, int mode, String startDate,
        String expirationDate, int isTransferable) {
    public OptionStruct {
        Objects.requireNonNull(optionName, "optionName");
        Objects.requireNonNull(startDate, "startDate");
    }
}
