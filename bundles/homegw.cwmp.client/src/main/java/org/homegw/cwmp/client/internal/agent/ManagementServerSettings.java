package org.homegw.cwmp.client.internal.agent;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.client.internal.schedule.PeriodicSchedule;
import org.homegw.cwmp.client.internal.schedule.RetryPolicy;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;

/**
 * The ManagementServer parameters that steer sessions, read from the data model at the start of
 * each decision (so a value the ACS set takes effect from the next session on). Missing or
 * malformed values fall back to the defaults the data model's descriptions state.
 */
public record ManagementServerSettings(boolean enableCwmp, String url, String username, String password,
        boolean periodicEnable, Duration periodicInterval, Instant periodicTime,
        long retryMinimumWaitInterval, long retryIntervalMultiplier, Duration activeNotificationThrottle,
        boolean gzip, boolean heartbeatEnable, Duration heartbeatInterval, Instant heartbeatInitiation) {

    private static final System.Logger LOG = System.getLogger(ManagementServerSettings.class.getName());

    /**
     * Read together in one {@link DataModel#getValues} call. Not the Password: getValues gives what
     * the ACS sees, i.e. "" for it, so it is read alone with {@link DataModel#getValue}.
     */
    private static final List<String> BATCHED = List.of("EnableCWMP", "URL", "Username", "PeriodicInformEnable",
            "PeriodicInformInterval", "PeriodicInformTime", "CWMPRetryMinimumWaitInterval",
            "CWMPRetryIntervalMultiplier", "DefaultActiveNotificationThrottle", "HTTPCompression",
            "HeartbeatPolicy.Enable", "HeartbeatPolicy.ReportingInterval", "HeartbeatPolicy.InitiationTime");

    public static ManagementServerSettings read(DataModel model) {
        String ms = model.rootObject() + "ManagementServer.";
        Reader r = new Reader(model, ms, batch(model, ms));
        return new ManagementServerSettings(
                r.bool("EnableCWMP", true),
                r.string("URL").trim(),
                r.string("Username"),
                r.string("Password"),
                r.bool("PeriodicInformEnable", false),
                Duration.ofSeconds(Math.max(1, r.number("PeriodicInformInterval", 3600))),
                r.time("PeriodicInformTime"),
                r.number("CWMPRetryMinimumWaitInterval", RetryPolicy.DEFAULT_MIN_WAIT_SECONDS),
                r.number("CWMPRetryIntervalMultiplier", RetryPolicy.DEFAULT_MULTIPLIER),
                Duration.ofSeconds(Math.max(0, r.number("DefaultActiveNotificationThrottle", 0))),
                r.string("HTTPCompression").trim().equalsIgnoreCase("GZIP"),
                r.bool("HeartbeatPolicy.Enable", false),
                Duration.ofSeconds(Math.max(30, r.number("HeartbeatPolicy.ReportingInterval", 86400))),
                r.time("HeartbeatPolicy.InitiationTime"));
    }

    /**
     * The {@link #BATCHED} values by name, or none when the data model refuses the batch (getValues
     * sends nothing if one path is unsupported, e.g. no HeartbeatPolicy): then each is read alone.
     */
    private static Map<String, String> batch(DataModel model, String prefix) {
        List<String> paths = new ArrayList<>(BATCHED.size());
        for (String name : BATCHED) {
            paths.add(prefix + name);
        }
        Map<String, String> values = new HashMap<>();
        Outcome<Integer> read = model.getValues(paths,
                v -> {
                    if (v.path().startsWith(prefix)) {
                        values.put(v.path().substring(prefix.length()), v.value());
                    }
                });
        return read.isSuccess() ? values : Map.of();
    }

    private record Reader(DataModel model, String prefix, Map<String, String> batched) {
        String string(String name) {
            String known = batched.get(name);
            if (known != null) {
                return known;
            }
            Outcome<ParameterValue> v = model.getValue(prefix + name);
            return v.isSuccess() ? v.value().value() : "";
        }

        boolean bool(String name, boolean dflt) {
            String s = string(name).trim();
            if (s.equals("1") || s.equalsIgnoreCase("true")) {
                return true;
            }
            return s.equals("0") || s.equalsIgnoreCase("false") ? false : dflt;
        }

        long number(String name, long dflt) {
            String s = string(name).trim();
            if (s.isEmpty()) {
                return dflt;
            }
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                LOG.log(Level.WARNING, prefix + name + " is not a number ('" + s + "'); using " + dflt);
                return dflt;
            }
        }

        Instant time(String name) {
            String s = string(name).trim();
            if (s.isEmpty()) {
                return PeriodicSchedule.UNKNOWN_TIME;
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    // un-zoned values: read as UTC (TR-106 recommends "Z"; relative times have year < 1000)
                    return java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    LOG.log(Level.WARNING, prefix + name + " is not a dateTime ('" + s + "'); treated as Unknown Time");
                    return PeriodicSchedule.UNKNOWN_TIME;
                }
            }
        }
    }
}
