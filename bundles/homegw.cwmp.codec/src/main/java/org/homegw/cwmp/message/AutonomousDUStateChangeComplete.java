package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** The CPE reports deployment-unit operations it performed on its own (CWMP 1.2+). */
public record AutonomousDUStateChangeComplete(List<AutonOpResultStruct> results) implements CwmpRequest {
    public AutonomousDUStateChangeComplete {
        results = List.copyOf(Objects.requireNonNull(results, "results"));
    }
}
