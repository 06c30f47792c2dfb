package org.homegw.adapter.stb.internal.dm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.homegw.adapter.stb.spi.StbDriver;
import org.homegw.adapter.stb.spi.StbDriver.Playback;
import org.homegw.adapter.stb.spi.StbDriver.StbSettings;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Device.Services.STBService.1 (TR-135) for an IPTV box: Capabilities, Components.FrontEnd.1 (IP,
 * with the inbound stream), AudioDecoder.1, VideoDecoder.1, AVStreams (one stream while playing)
 * and AVPlayers.AVPlayer.1. Component Enable switches and the preferred audio language are
 * writable, saved atomically and applied to the driver; playback changes are pushed.
 * Outputs and service monitoring are other providers' ({@link AvOutputsProvider},
 * {@link ServiceMonitoringProvider}); SCART, HDMI and SPDIF objects, CA, DRM and PVR are not served.
 */
public final class StbProvider extends AbstractParameterProvider {

    private static final System.Logger LOG = System.getLogger(StbProvider.class.getName());
    private static final List<String> KEYS = List.of("Components.FrontEnd.1.Enable", "Components.AudioDecoder.1.Enable",
            "Components.VideoDecoder.1.Enable", "AVPlayers.AVPlayer.1.Enable", "AVPlayers.PreferredAudioLanguage");
    /** ISO 639-1 or 639-2 code, or empty (no preference). */
    private static final Pattern LANGUAGE = Pattern.compile("([a-z]{2,3})?");

    private final String services;
    private final String prefix;
    private final StbDriver driver;
    private final StbConfigStore store;
    private volatile Map<String, String> config;

    public StbProvider(String root, StbDriver driver, StbConfigStore store) throws IOException {
        this.services = root + "Services.";
        this.prefix = services + "STBService.1.";
        this.driver = driver;
        this.store = store;
        Map<String, String> c = new TreeMap<>();
        KEYS.forEach(k -> c.put(k, k.endsWith("Enable") ? "true" : ""));
        Map<String, String> saved = store.load();
        for (String k : KEYS) {
            String v = saved.get(k);
            if (v != null && check(k, v) == null) {
                c.put(k, v);
            }
        }
        if (!c.equals(saved)) {
            store.save(c);
        }
        driver.apply(settings(c));
        this.config = c;
        driver.setListener(this::playbackChanged);
    }

    public List<String> paths() {
        return List.of(services + "STBServiceNumberOfEntries", services + "STBService.");
    }

    public void close() {
        driver.setListener(null);
    }

    private static StbSettings settings(Map<String, String> c) {
        return new StbSettings(on(c, KEYS.get(0)), on(c, KEYS.get(1)), on(c, KEYS.get(2)), on(c, KEYS.get(3)), c.get(KEYS.get(4)));
    }

    private static boolean on(Map<String, String> c, String key) {
        return "true".equals(c.get(key));
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        String t = tablePath.startsWith(prefix) ? tablePath.substring(prefix.length()) : tablePath;
        boolean one = tablePath.equals(services + "STBService.") || t.equals("Components.FrontEnd.")
                || t.equals("Components.AudioDecoder.") || t.equals("Components.VideoDecoder.")
                || t.equals("AVPlayers.AVPlayer.")
                || (t.equals("AVStreams.AVStream.") || t.equals("Components.FrontEnd.1.IP.Inbound.")) && driver.playback() != null;
        return Outcome.success(one ? List.of(1L) : List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        Map<String, String> all = objectPath.equals(services) ? Map.of("STBServiceNumberOfEntries", "1")
                : objectPath.startsWith(prefix) ? values(objectPath.substring(prefix.length())) : Map.of();
        return ParameterProvider.readResult(all, names);
    }

    private Map<String, String> values(String o) {
        Map<String, String> c = config;
        Playback p = driver.playback();
        String playing = p == null ? "0" : "1";
        Map<String, String> v = new LinkedHashMap<>();
        switch (o) {
            case "" -> v.put("Enable", "true");
            case "Capabilities." -> {
                v.put("MaxActiveAVStreams", "1");
                v.put("MaxActiveAVPlayers", "1");
            }
            case "Capabilities.AudioDecoder." -> v.put("AudioStandards", String.join(",", driver.audioStandards()));
            case "Capabilities.VideoDecoder." -> v.put("VideoStandards", String.join(",", driver.videoStandards()));
            case "Components." -> {
                for (String n : List.of("FrontEnd", "AudioDecoder", "VideoDecoder")) {
                    v.put(n + "NumberOfEntries", "1");
                }
                // AudioOutput/VideoOutput counts come from the AvOutputsProvider
                for (String n : List.of("SCART", "CA", "DRM", "HDMI", "SPDIF")) {
                    v.put(n + "NumberOfEntries", "0");
                }
            }
            case "Components.FrontEnd.1." -> component(v, c, "Components.FrontEnd.1.Enable", "ip0");
            case "Components.FrontEnd.1.IP." -> {
                v.put("InboundNumberOfEntries", playing);
                v.put("OutboundNumberOfEntries", "0");
                v.put("ActiveInboundIPStreams", playing);
                v.put("ActiveOutboundIPStreams", "0");
            }
            case "Components.FrontEnd.1.IP.Inbound.1." -> {
                if (p != null) {
                    v.put("Status", "Enabled");
                    v.put("Name", p.name());
                    v.put("URI", p.uri());
                }
            }
            case "Components.AudioDecoder.1." -> {
                component(v, c, "Components.AudioDecoder.1.Enable", "audio0");
                if (p != null) {
                    v.put("AudioStandard", p.audioStandard());
                }
            }
            case "Components.VideoDecoder.1." -> {
                component(v, c, "Components.VideoDecoder.1.Enable", "video0");
                if (p != null) {
                    v.put("ContentAspectRatio", p.aspectRatio());
                }
            }
            case "AVStreams." -> {
                v.put("ActiveAVStreams", playing);
                v.put("AVStreamNumberOfEntries", playing);
            }
            case "AVStreams.AVStream.1." -> {
                if (p != null) {
                    v.put("Status", "Enabled");
                    v.put("Name", p.name());
                    v.put("FrontEnd", prefix + "Components.FrontEnd.1");
                    v.put("Inbound", prefix + "Components.FrontEnd.1.IP.Inbound.1");
                    v.put("AudioDecoder", prefix + "Components.AudioDecoder.1");
                    v.put("VideoDecoder", prefix + "Components.VideoDecoder.1");
                }
            }
            case "AVPlayers." -> {
                v.put("ActiveAVPlayers", playing);
                v.put("AVPlayerNumberOfEntries", "1");
                v.put("PreferredAudioLanguage", c.get("AVPlayers.PreferredAudioLanguage"));
            }
            case "AVPlayers.AVPlayer.1." -> {
                component(v, c, "AVPlayers.AVPlayer.1.Enable", "player0");
                if (p != null) {
                    v.put("AudioLanguage", p.audioLanguage());
                }
            }
            default -> {
                // not served
            }
        }
        return v;
    }

    private static void component(Map<String, String> v, Map<String, String> c, String enableKey, String name) {
        v.put("Enable", c.get(enableKey));
        v.put("Status", on(c, enableKey) ? "Enabled" : "Disabled");
        v.put("Name", name);
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        List<ParameterFault> faults = new ArrayList<>();
        for (ParameterWrite w : writes) {
            String key = w.path().startsWith(prefix) ? w.path().substring(prefix.length()) : w.path();
            if (!KEYS.contains(key)) {
                faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE, "Not configurable on this device"));
            } else {
                String problem = check(key, w.value());
                if (problem != null) {
                    faults.add(new ParameterFault(w.path(), CwmpFault.INVALID_PARAMETER_VALUE, problem));
                }
            }
        }
        return faults.isEmpty() ? Outcome.success(null) : Outcome.failure(CwmpFault.ofParameters(faults));
    }

    private static String check(String key, String value) {
        if (key.endsWith("Enable")) {
            return value.equals("true") || value.equals("false") ? null : "true or false";
        }
        return LANGUAGE.matcher(value).matches() ? null : "An ISO 639 language code such as eng or fr, or empty";
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> ok = validate(writes);
        if (!ok.isSuccess()) {
            return Outcome.failure(ok.faultOrNull());
        }
        Map<String, String> next = new TreeMap<>(config);
        writes.forEach(w -> next.put(w.path().substring(prefix.length()), w.value()));
        try {
            store.save(next);
            driver.apply(settings(next));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot apply the set-top box configuration", e);
            try {
                store.save(config);
            } catch (IOException again) {
                LOG.log(System.Logger.Level.ERROR, "cannot restore the saved set-top box configuration", again);
            }
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: " + e.getMessage());
        }
        config = next;
        List<String> changed = new ArrayList<>();
        for (String key : KEYS) {
            if (key.endsWith(".Enable")) {
                changed.add(prefix + key.substring(0, key.length() - "Enable".length()) + "Status");
            }
        }
        fireValueChanged(changed.toArray(String[]::new));
        return Outcome.success(0);
    }

    private void playbackChanged() {
        fireValueChanged(prefix + "AVStreams.", prefix + "AVPlayers.", prefix + "Components.");
    }
}
