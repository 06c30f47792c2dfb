package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * ChangeDUState operation: uninstall the deployment unit with the given UUID. Optional fields are null
 * when absent.
 */
public record UninstallOpStruct(String uuid, String version, String executionEnvRef) implements DuOperation {
    public UninstallOpStruct {
        Objects.requireNonNull(uuid, "uuid");
    }
}
