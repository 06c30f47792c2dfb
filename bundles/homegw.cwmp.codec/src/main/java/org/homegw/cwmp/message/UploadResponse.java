package org.homegw.cwmp.message;

import java.util.Objects;

/** Status 0 uploaded (times set), 1 not yet (times are the Unknown Time). */
public record UploadResponse(int status, String startTime, String completeTime) implements CwmpResponse {
    public UploadResponse {
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(completeTime, "completeTime");
    }
}
