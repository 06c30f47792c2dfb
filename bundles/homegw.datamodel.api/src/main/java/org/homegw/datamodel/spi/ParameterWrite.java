package org.homegw.datamodel.spi;

import java.util.Objects;

import org.homegw.datamodel.api.DataModel.Caller;

/**
 * One validated write handed to a provider: full path, the value in canonical form, and who asked
 * for it: {@link Caller#ACS} for a SetParameterValues from the ACS, {@link Caller#LOCAL} for the
 * device itself (the shell, another bundle). A provider may act on the origin, e.g. a diagnostic
 * requested locally completes without "8 DIAGNOSTICS COMPLETE".
 */
public record ParameterWrite(String path, String value, Caller caller) {

    public ParameterWrite {
        Objects.requireNonNull(caller, "caller");
    }

    /** A write whose origin is not told is taken as the ACS's (what every write meant before SPI 1.2). */
    public ParameterWrite(String path, String value) {
        this(path, value, Caller.ACS);
    }

    /** True when the ACS asked for this write. */
    public boolean fromAcs() {
        return caller == Caller.ACS;
    }
}
