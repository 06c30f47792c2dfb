package org.homegw.cwmp.message;

import java.util.Objects;

/** The CPE reports the end of an ACS-requested transfer. */
public record TransferComplete(String commandKey, FaultStruct fault, String startTime, String completeTime)
        implements CwmpRequest {
    public TransferComplete {
        Objects.requireNonNull(commandKey, "commandKey");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(completeTime, "completeTime");
    }
}
