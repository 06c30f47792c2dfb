package org.homegw.transfer.download;

import java.net.URI;
import java.util.Objects;

/**
 * One file to fetch: its URL (http, https or ftp), the file-server credentials from the ACS's request
 * (empty username = none; they are sent only when the server asks) and the most bytes accepted.
 */
public record DownloadRequest(URI url, String username, String password, long maxBytes) {

    public DownloadRequest {
        Objects.requireNonNull(url, "url");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** A request without credentials. */
    public static DownloadRequest of(URI url, long maxBytes) {
        return new DownloadRequest(url, "", "", maxBytes);
    }

    /** Never shows the password (requests end up in logs). */
    @Override
    public String toString() {
        return "DownloadRequest[" + url + (username.isEmpty() ? "" : ", user " + username) + ", max " + maxBytes + "]";
    }
}
