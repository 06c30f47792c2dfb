package org.homegw.cwmp.message;

import java.util.Objects;

/** Asks the CPE to download a file. Credentials and URLs are "" when not given. */
public record Download(String commandKey, String fileType, String url, String username, String password,
        long fileSize, String targetFileName, long delaySeconds, String successUrl, String failureUrl)
        implements CwmpRequest {
    public Download {
        Objects.requireNonNull(commandKey, "commandKey");
        Objects.requireNonNull(fileType, "fileType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(targetFileName, "targetFileName");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(failureUrl, "failureUrl");
    }
}
