package org.homegw.swmod.internal.du;

import java.util.Objects;

/**
 * What the gateway remembers about one deployment unit across restarts: its DeploymentUnit and
 * ExecutionUnit instance numbers, the bundle location that identifies it in the framework, its UUID,
 * the URL it came from ("" when installed locally) and when it was installed (CWMP dateTime).
 */
public record DuRecord(long duNumber, long euNumber, String location, String uuid, String url, String installed) {
    public DuRecord {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(installed, "installed");
    }

    public DuRecord withUrl(String newUrl) {
        return new DuRecord(duNumber, euNumber, location, uuid, newUrl, installed);
    }
}
