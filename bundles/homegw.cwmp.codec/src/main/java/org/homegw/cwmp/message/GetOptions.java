package org.homegw.cwmp.message;

import java.util.Objects;

/** Reads the state of an option ("" for all). */
public record GetOptions(String optionName) implements CwmpRequest {
    public GetOptions {
        Objects.requireNonNull(optionName, "optionName");
    }
}
