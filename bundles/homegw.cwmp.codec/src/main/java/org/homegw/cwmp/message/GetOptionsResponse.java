package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** The options found. */
public record GetOptionsResponse(List<OptionStruct> optionList) implements CwmpResponse {
    public GetOptionsResponse {
        optionList = List.copyOf(Objects.requireNonNull(optionList, "optionList"));
    }
}
