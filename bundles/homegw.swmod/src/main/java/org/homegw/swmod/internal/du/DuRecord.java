package org.homegw.swmod.internal.du;

import java.util.Objects;

/**
 * What the gateway remembers about one deployment unit across restarts: its DeploymentUnit and
 * ExecutionUnit instance numbers, the bundle location that identifies it in the framework, its UUID,
 * the URL it came from ("" when installed locally), when it was installed (CWMP dateTime), the
 * version last seen, whether its execution unit should run (the last RequestedState), whether it
 * starts with the framework (AutoStart), and the Alias values the ACS set ("" = the CPE's own
 * "cpe-N").
 */
public record DuRecord(long duNumber, long euNumber, String location, String uuid, String url, String installed,
                       String version, boolean active, boolean autoStart, String duAlias, String euAlias) {
    public DuRecord {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(installed, "installed");
        Objects.requireNonNull(version, "version");
        duAlias = duAlias == null ? "" : duAlias;
        euAlias = euAlias == null ? "" : euAlias;
    }

    /** A new unit: runs, starts with the framework, CPE-assigned aliases. */
    public DuRecord(long duNumber, long euNumber, String location, String uuid, String url, String installed,
                    String version) {
        this(duNumber, euNumber, location, uuid, url, installed, version, true, true, "", "");
    }

    public DuRecord withUrl(String newUrl) {
        return new DuRecord(duNumber, euNumber, location, uuid, newUrl, installed, version, active, autoStart, duAlias, euAlias);
    }

    public DuRecord withVersion(String newVersion) {
        return new DuRecord(duNumber, euNumber, location, uuid, url, installed, newVersion, active, autoStart, duAlias, euAlias);
    }

    public DuRecord withActive(boolean run) {
        return new DuRecord(duNumber, euNumber, location, uuid, url, installed, version, run, autoStart, duAlias, euAlias);
    }

    public DuRecord withAutoStart(boolean start) {
        return new DuRecord(duNumber, euNumber, location, uuid, url, installed, version, active, start, duAlias, euAlias);
    }

    public DuRecord withDuAlias(String alias) {
        return new DuRecord(duNumber, euNumber, location, uuid, url, installed, version, active, autoStart, alias, euAlias);
    }

    public DuRecord withEuAlias(String alias) {
        return new DuRecord(duNumber, euNumber, location, uuid, url, installed, version, active, autoStart, duAlias, alias);
    }

    /** DeploymentUnit.{i}.Alias: the ACS's value, else "cpe-" and the instance number. */
    public String duAliasOrDefault() {
        return duAlias.isEmpty() ? "cpe-" + duNumber : duAlias;
    }

    /** ExecutionUnit.{i}.Alias: the ACS's value, else "cpe-" and the instance number. */
    public String euAliasOrDefault() {
        return euAlias.isEmpty() ? "cpe-" + euNumber : euAlias;
    }

    /** Whether the unit runs after a restart: it starts with the framework and was last asked to run. */
    public boolean runsAtStart() {
        return active && autoStart;
    }
}
