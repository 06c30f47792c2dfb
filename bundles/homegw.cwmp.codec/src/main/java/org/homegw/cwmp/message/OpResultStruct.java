package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * The result of one deployment-unit operation in DUStateChangeComplete; currentState is Installed,
 * Uninstalled or Failed.
 */
public record OpResultStruct(String uuid, String deploymentUnitRef, String version, String currentState,
        boolean resolved, String executionUnitRefList, String startTime, String completeTime,
        FaultStruct fault) {
    public OpResultStruct {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(deploymentUnitRef, "deploymentUnitRef");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(currentState, "currentState");
        Objects.requireNonNull(executionUnitRefList, "executionUnitRefList");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(completeTime, "completeTime");
        Objects.requireNonNull(fault, "fault");
    }
}
