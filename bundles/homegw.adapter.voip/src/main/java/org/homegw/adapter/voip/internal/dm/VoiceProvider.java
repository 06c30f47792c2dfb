package org.homegw.adapter.voip.internal.dm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homegw.adapter.voip.spi.CodecCapability;
import org.homegw.adapter.voip.spi.LineState;
import org.homegw.adapter.voip.spi.VoiceDriver;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Device.Services.VoiceService.1 (TR-104 issue 2): Capabilities.Codec, CodecProfile, SIP.Network.1,
 * SIP.Client.{i} and CallControl.Line.{i} with call statistics, one line per driver line. The
 * writable parameters are validated, saved atomically and applied to the driver as a whole;
 * registration and call changes are pushed as value changes.
 */
public final class VoiceProvider extends AbstractParameterProvider implements VoiceDriver.Listener {

    private static final System.Logger LOG = System.getLogger(VoiceProvider.class.getName());

    private final String services;
    private final String prefix;
    private final VoiceDriver driver;
    private final List<CodecCapability> codecs;
    private final int lines;
    private final VoiceConfigStore store;
    private final VoiceValidator validator;
    private volatile VoiceConfig config;

    public VoiceProvider(String root, VoiceDriver driver, VoiceConfigStore store) throws IOException {
        this.services = root + "Services.";
        this.prefix = services + "VoiceService.1.";
        this.driver = driver;
        this.codecs = List.copyOf(driver.codecs());
        this.lines = driver.lineCount();
        this.store = store;
        this.validator = new VoiceValidator(prefix, codecs);
        Map<String, String> merged = new TreeMap<>(VoiceConfig.defaults(lines, codecs).values());
        Map<String, String> saved = store.load();
        Map<String, String> usable = new TreeMap<>();
        for (String key : VoiceConfig.keys(lines, codecs.size())) {
            if (saved.containsKey(key)) {
                usable.put(key, saved.get(key));
            }
        }
        if (fits(merged, usable)) {
            merged.putAll(usable);
        } else {
            LOG.log(System.Logger.Level.ERROR, "saved voice configuration does not fit this device; using factory defaults");
        }
        VoiceConfig loaded = new VoiceConfig(merged);
        if (!loaded.values().equals(saved)) {
            store.save(loaded.values());
        }
        driver.apply(loaded.settings(lines, codecs));
        this.config = loaded;
        driver.setListener(this);
    }

    /** True when saved values are valid and well formed over the defaults (a damaged file is not). */
    private boolean fits(Map<String, String> defaults, Map<String, String> saved) {
        try {
            Map<String, String> all = new TreeMap<>(defaults);
            all.putAll(saved);
            new VoiceConfig(all).settings(lines, codecs);
            return validator.check(saved).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public List<String> paths() {
        return List.of(services + "VoiceServiceNumberOfEntries", services + "VoiceService.");
    }

    public void close() {
        driver.setListener(null);
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        if (tablePath.equals(services + "VoiceService.") || tablePath.equals(prefix + "SIP.Network.")) {
            return Outcome.success(List.of(1L));
        }
        if (tablePath.equals(prefix + "Capabilities.Codec.") || tablePath.equals(prefix + "CodecProfile.")) {
            return Outcome.success(numbers(codecs.size()));
        }
        if (tablePath.equals(prefix + "SIP.Client.") || tablePath.equals(prefix + "CallControl.Line.")) {
            return Outcome.success(numbers(lines));
        }
        return Outcome.success(List.of());
    }

    private static List<Long> numbers(int count) {
        List<Long> out = new ArrayList<>();
        for (long i = 1; i <= count; i++) {
            out.add(i);
        }
        return out;
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        Map<String, String> all = values(objectPath);
        return ParameterProvider.readResult(all, names);
    }

    private Map<String, String> values(String o) {
        VoiceConfig c = config;
        Map<String, String> v = new LinkedHashMap<>();
        if (o.equals(services)) {
            v.put("VoiceServiceNumberOfEntries", "1");
        } else if (o.equals(prefix)) {
            v.put("CodecProfileNumberOfEntries", Integer.toString(codecs.size()));
        } else if (o.equals(prefix + "Capabilities.")) {
            v.put("MaxLineCount", Integer.toString(lines));
            v.put("MaxSessionsPerLine", "1");
            v.put("MaxSessionCount", Integer.toString(lines));
            v.put("CodecNumberOfEntries", Integer.toString(codecs.size()));
        } else if (o.equals(prefix + "SIP.")) {
            v.put("NetworkNumberOfEntries", "1");
            v.put("ClientNumberOfEntries", Integer.toString(lines));
        } else if (o.equals(prefix + "SIP.Network.1.")) {
            configured(v, c, "SIP.Network.1.", VoiceConfig.NETWORK_KEYS);
            v.put("Status", c.bool("SIP.Network.1.Enable") ? "Up" : "Disabled");
        } else if (o.equals(prefix + "CallControl.")) {
            v.put("LineNumberOfEntries", Integer.toString(lines));
        } else {
            int n = instance(o, "Capabilities.Codec.", codecs.size());
            if (n > 0) {
                CodecCapability cap = codecs.get(n - 1);
                v.put("Codec", cap.codec());
                v.put("BitRate", Long.toString(cap.bitRate()));
                v.put("PacketizationPeriod", String.join(",", cap.packetizationPeriods().stream().map(String::valueOf).toList()));
                v.put("SilenceSuppression", Boolean.toString(cap.silenceSuppression()));
            } else if ((n = instance(o, "CodecProfile.", codecs.size())) > 0) {
                configured(v, c, "CodecProfile." + n + ".", VoiceConfig.CODEC_KEYS);
                v.put("Codec", prefix + "Capabilities.Codec." + n);
            } else if ((n = instance(o, "SIP.Client.", lines)) > 0) {
                configured(v, c, "SIP.Client." + n + ".", VoiceConfig.CLIENT_KEYS);
                v.put("Status", clientStatus(c, n));
                v.put("Network", prefix + "SIP.Network.1");
            } else if ((n = instance(o, "CallControl.Line.", lines)) > 0) {
                configured(v, c, "CallControl.Line." + n + ".", VoiceConfig.LINE_KEYS);
                LineState s = driver.line(n);
                boolean on = c.bool("CallControl.Line." + n + ".Enable");
                v.put("Status", !on ? "Disabled" : s.registration().equals("Up") ? "Up" : "Error");
                v.put("CallStatus", s.callStatus());
                v.put("Provider", prefix + "SIP.Client." + n);
            } else if ((n = instance(o, "CallControl.Line.", lines, "Stats.IncomingCalls.")) > 0) {
                LineState.CallStats s = driver.line(n).incoming();
                v.put("CallsReceived", Long.toString(s.calls()));
                stats(v, s);
            } else if ((n = instance(o, "CallControl.Line.", lines, "Stats.OutgoingCalls.")) > 0) {
                LineState.CallStats s = driver.line(n).outgoing();
                v.put("CallsAttempted", Long.toString(s.calls()));
                stats(v, s);
            }
        }
        return v;
    }

    /** Disabled, Error_Misconfigured without URI or registrar, else what the driver's registration says. */
    private String clientStatus(VoiceConfig c, int n) {
        String p = "SIP.Client." + n + ".";
        if (!c.bool(p + "Enable") || !c.bool("CallControl.Line." + n + ".Enable")) {
            return "Disabled";
        }
        if (c.get(p + "RegisterURI").isEmpty() || c.get("SIP.Network.1.RegistrarServer").isEmpty()) {
            return "Error_Misconfigured";
        }
        return driver.line(n).registration();
    }

    private static void stats(Map<String, String> v, LineState.CallStats s) {
        v.put("CallsConnected", unsignedInt(s.connected()));
        v.put("CallsFailed", unsignedInt(s.failed()));
        v.put("CallsDropped", unsignedInt(s.dropped()));
        v.put("TotalCallTime", unsignedInt(s.totalCallSeconds()));
    }

    private static String unsignedInt(long value) {
        return Long.toString(Math.min(value, 0xFFFF_FFFFL));
    }

    private static void configured(Map<String, String> v, VoiceConfig c, String object, List<String> keys) {
        keys.forEach(k -> v.put(k, c.get(object + k)));
    }

    /** n when {@code objectPath} is prefix + table + n + "." + rest with 1 <= n <= count, else 0. */
    private int instance(String objectPath, String table, int count, String... rest) {
        String start = prefix + table;
        String tail = rest.length == 0 ? "." : "." + rest[0];
        if (!objectPath.startsWith(start) || !objectPath.endsWith(tail)) {
            return 0;
        }
        String n = objectPath.substring(start.length(), objectPath.length() - tail.length());
        if (n.isEmpty() || n.length() > 9 || !n.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int i = Integer.parseInt(n);
        return i >= 1 && i <= count ? i : 0;
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        Map<String, String> relative = new LinkedHashMap<>();
        List<ParameterFault> faults = new ArrayList<>();
        List<String> known = VoiceConfig.keys(lines, codecs.size());
        for (ParameterWrite w : writes) {
            String key = w.path().startsWith(prefix) ? w.path().substring(prefix.length()) : w.path();
            if (known.contains(key)) {
                relative.put(key, w.value());
            } else {
                faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE, "Not configurable on this device"));
            }
        }
        faults.addAll(validator.check(relative));
        return faults.isEmpty() ? Outcome.success(null) : Outcome.failure(CwmpFault.ofParameters(faults));
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> ok = validate(writes);
        if (!ok.isSuccess()) {
            return Outcome.failure(ok.faultOrNull());
        }
        Map<String, String> relative = new LinkedHashMap<>();
        writes.forEach(w -> relative.put(w.path().substring(prefix.length()), w.value()));
        VoiceConfig before = config;
        VoiceConfig next = before.with(relative);
        try {
            store.save(next.values());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot save the voice configuration", e);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: voice configuration not saved");
        }
        try {
            driver.apply(next.settings(lines, codecs));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "the voice driver refused the configuration", e);
            try {
                store.save(before.values());
            } catch (IOException again) {
                LOG.log(System.Logger.Level.ERROR, "cannot restore the saved voice configuration", again);
            }
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: voice driver refused: " + e.getMessage());
        }
        config = next;
        List<String> changed = new ArrayList<>();
        for (int n = 1; n <= lines; n++) {
            changed.add(prefix + "SIP.Client." + n + ".Status");
            changed.add(prefix + "CallControl.Line." + n + ".Status");
        }
        fireValueChanged(changed.toArray(String[]::new));
        return Outcome.success(0);
    }

    @Override
    public void lineChanged(int line) {
        fireValueChanged(prefix + "SIP.Client." + line + ".Status", prefix + "CallControl.Line." + line + ".");
    }
}
