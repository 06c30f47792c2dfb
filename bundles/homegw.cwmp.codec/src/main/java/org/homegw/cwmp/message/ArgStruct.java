package org.homegw.cwmp.message;

import java.util.Objects;

/** A name/value argument of RequestDownload. */
public record ArgStruct(String name, String value) {
    public ArgStruct {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
