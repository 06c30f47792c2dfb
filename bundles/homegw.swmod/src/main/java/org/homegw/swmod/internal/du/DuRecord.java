package org.homegw.swmod.internal.du;

import java.util.Objects;

/**
 * What the gateway remembers about one deployment unit across restarts: its DeploymentUnit and
 * ExecutionUnit instance numbers, the bundle location that identifies it in the framework, its UUID,
 * the URL it came from ("" when installed locally), when it was installed (CWMP dateTime), the
 * version last seen and whether its execution unit should run.
 */
public record DuRecord(long duNumber, long euNumber, String location, String uuid, String url, String installed,
                       String version, boolean active) {
    public DuRecord {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(installed, "installed");
        Objects.requireNonNull(version, "version");
    }

    public DuRecord withUrl(String newUrl) {
        return new DuRecord(duNumber, euNumber, location, uuid, newUrl, installed, version, active);
    }

    public DuRecord withVersion(String newVersion) {
        return new DuRecord(duNumber, euNumber, location, uuid, url, installed, newVersion, active);
    }

    public DuRecord withActive(boolean run) {
        return new DuRecord(duNumber, euNumber, location, uuid, url, installed, version, run);
    }
}
