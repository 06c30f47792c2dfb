package org.homegw.cwmp.message;

import java.util.Objects;

/** Asks the CPE to upload a file (configuration or log). */
public record Upload(String commandKey, String fileType, String url, String username, String password,
        long delaySeconds) implements CwmpRequest {
    public Upload {
        Objects.requireNonNull(commandKey, "commandKey");
        Objects.requireNonNull(fileType, "fileType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }
}
