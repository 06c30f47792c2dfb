package org.homegw.cwmp.message;

import java.util.Objects;

/** ChangeDUState operation: install a deployment unit from a URL. Optional fields are null when absent. */
public record InstallOpStruct(String url, String uuid, String username, String password,
        String executionEnvRef) implements DuOperation {
    public InstallOpStruct {
        Objects.requireNonNull(url, "url");
    }
}
