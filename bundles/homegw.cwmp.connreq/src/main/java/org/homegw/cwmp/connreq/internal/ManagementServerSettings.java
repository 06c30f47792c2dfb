package org.homegw.cwmp.connreq.internal;

import java.net.URI;

import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;

/**
 * Reads the ManagementServer settings this bundle obeys from the data model, fresh on every call,
 * with the defaults D181 gives when a value is missing or unreadable.
 */
public final class ManagementServerSettings {

    /** The STUN settings (STUNServerAddress already defaulted to the ACS host, port 0 to 3478). */
    public record Stun(boolean enabled, String serverAddress, int serverPort, String username, String password,
            long minimumKeepAliveSeconds, long maximumKeepAliveSeconds) {
    }

    private static final System.Logger LOG = System.getLogger(ManagementServerSettings.class.getName());

    private final DataModel dataModel;
    private volatile boolean warnedUnprovisioned;

    public ManagementServerSettings(DataModel dataModel) {
        this.dataModel = dataModel;
    }

    private String prefix() {
        return dataModel.rootObject() + "ManagementServer.";
    }

    String read(String name, String fallback) {
        Outcome<ParameterValue> v = dataModel.getValue(prefix() + name);
        return v.isSuccess() ? v.value().value() : fallback;
    }

    private boolean readBoolean(String name, boolean fallback) {
        String v = read(name, "").trim();
        return switch (v) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> fallback;
        };
    }

    private long readLong(String name, long fallback) {
        try {
            return Long.parseLong(read(name, "").trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Read on every Connection Request so an ACS change applies to the next one. */
    public Credentials connectionRequestCredentials() {
        Credentials c = new Credentials(read("ConnectionRequestUsername", ""), read("ConnectionRequestPassword", ""));
        boolean unusable = !c.isProvisioned();
        if (unusable && !warnedUnprovisioned) {
            // also what happens if the registry reads secured/hidden values as "" for us too
            LOG.log(System.Logger.Level.WARNING, "ConnectionRequestPassword reads empty: every Connection Request"
                    + " is refused until it is set");
        }
        warnedUnprovisioned = unusable;
        return c;
    }

    /** HTTPConnectionRequestEnable; true when absent (factory default, and models before 2.11). */
    public boolean httpEnabled() {
        return readBoolean("HTTPConnectionRequestEnable", true);
    }

    /** The host of ManagementServer.URL, or "" when unset or unparsable. */
    public String acsHost() {
        try {
            String host = URI.create(read("URL", "").trim()).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public int acsPort() {
        try {
            URI uri = URI.create(read("URL", "").trim());
            return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        } catch (IllegalArgumentException e) {
            return 80;
        }
    }

    public Stun stun() {
        String server = read("STUNServerAddress", "").trim();
        long port = readLong("STUNServerPort", 3478);
        return new Stun(readBoolean("STUNEnable", false), server.isEmpty() ? acsHost() : server,
                port <= 0 || port > 65535 ? 3478 : (int) port, read("STUNUsername", ""), read("STUNPassword", ""),
                Math.max(0, readLong("STUNMinimumKeepAlivePeriod", 0)),
                readLong("STUNMaximumKeepAlivePeriod", -1));
    }
}
