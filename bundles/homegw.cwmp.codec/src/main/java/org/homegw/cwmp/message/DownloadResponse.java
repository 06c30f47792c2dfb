package org.homegw.cwmp.message;

import java.util.Objects;

/** Status 0 downloaded and applied (times set), 1 not yet (times are the Unknown Time). */
public record DownloadResponse(int status, String startTime, String completeTime) implements CwmpResponse {
    public DownloadResponse {
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(completeTime, "completeTime");
    }
}
