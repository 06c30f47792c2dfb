package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** The CPE reports the results of a ChangeDUState (CWMP 1.2+); commandKey is "" when the request had none. */
public record DUStateChangeComplete(List<OpResultStruct> results, String commandKey) implements CwmpRequest {
    public DUStateChangeComplete {
        results = List.copyOf(Objects.requireNonNull(results, "results"));
        Objects.requireNonNull(commandKey, "commandKey");
    }
}
