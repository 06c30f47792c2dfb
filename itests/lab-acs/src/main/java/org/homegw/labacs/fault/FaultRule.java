package org.homegw.labacs.fault;

import java.util.Objects;

/**
 * A programmed fault: for POSTs of one device (null = every device) at a stage, do an action,
 * a number of times ({@link #UNLIMITED} = until removed).
 */
public record FaultRule(String device, FaultStage stage, FaultAction action, int times) {

    public static final int UNLIMITED = -1;

    public FaultRule {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(action, "action");
        if (times == 0 || times < UNLIMITED) {
            throw new IllegalArgumentException("times must be positive or UNLIMITED");
        }
    }

    /** A rule for every device, applied once. */
    public static FaultRule once(FaultStage stage, FaultAction action) {
        return new FaultRule(null, stage, action, 1);
    }
}
