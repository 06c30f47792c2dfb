package org.homegw.adapter.stb.internal.dm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homegw.adapter.stb.spi.AvOutput;
import org.homegw.adapter.stb.spi.OutputSettings;
import org.homegw.adapter.stb.spi.StbDriver;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.datamodel.spi.ProviderConfigFile;

/**
 * STBService.1 Components.AudioOutput.{i} and VideoOutput.{i} (TR-135), one per output the driver
 * has, numbered in the driver's order, and Capabilities.AudioOutput/VideoOutput. Enable, AudioLevel
 * and CancelMute are writable, kept (owner-only file) and applied to the driver. An audio output at
 * level 0 is Muted; CancelMute brings back the level it had before (always reads false). The
 * output format reads as active only while something plays.
 */
public final class AvOutputsProvider extends AbstractParameterProvider {

    private static final System.Logger LOG = System.getLogger(AvOutputsProvider.class.getName());
    private static final int DEFAULT_LEVEL = 50;

    private final String prefix;
    private final StbDriver driver;
    private final List<AvOutput> outputs;
    private final ProviderConfigFile file;
    private volatile Map<String, String> config;

    public AvOutputsProvider(String root, StbDriver driver, ProviderConfigFile file) throws IOException {
        this.prefix = root + "Services.STBService.1.";
        this.driver = driver;
        this.outputs = List.copyOf(driver.outputs());
        this.file = file;
        Map<String, String> c = new TreeMap<>();
        for (String key : keys()) {
            c.put(key, key.endsWith(".Enable") ? "true" : Integer.toString(DEFAULT_LEVEL));
        }
        Map<String, String> saved = file.load();
        c.keySet().forEach(k -> {
            String v = saved.get(k);
            if (v != null && (k.endsWith(".Enable") ? v.matches("true|false") : v.matches("[0-9]{1,2}|100"))) {
                c.put(k, v);
            }
        });
        if (!c.equals(saved)) {
            file.save(c);
        }
        driver.applyOutputs(settings(c));
        this.config = c;
    }

    public List<String> paths() {
        return List.of(prefix + "Components.AudioOutputNumberOfEntries", prefix + "Components.VideoOutputNumberOfEntries",
                prefix + "Components.AudioOutput.", prefix + "Components.VideoOutput.",
                prefix + "Capabilities.AudioOutput.", prefix + "Capabilities.VideoOutput.");
    }

    /** "AudioOutput.2." of the output at this position. */
    private String objectKey(int index) {
        AvOutput o = outputs.get(index);
        int n = 0;
        for (int i = 0; i <= index; i++) {
            n += outputs.get(i).video() == o.video() ? 1 : 0;
        }
        return (o.video() ? "VideoOutput." : "AudioOutput.") + n + ".";
    }

    /** Stored keys: Enable of each output, AudioLevel and the level to restore (UnmutedLevel) of audio ones. */
    private List<String> keys() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            out.add(objectKey(i) + "Enable");
            if (!outputs.get(i).video()) {
                out.add(objectKey(i) + "AudioLevel");
                out.add(objectKey(i) + "UnmutedLevel");
            }
        }
        return out;
    }

    private OutputSettings settings(Map<String, String> c) {
        List<Boolean> enabled = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            enabled.add("true".equals(c.get(objectKey(i) + "Enable")));
            levels.add(outputs.get(i).video() ? 0 : Integer.parseInt(c.get(objectKey(i) + "AudioLevel")));
        }
        return new OutputSettings(enabled, levels);
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        boolean video = tablePath.equals(prefix + "Components.VideoOutput.");
        if (!video && !tablePath.equals(prefix + "Components.AudioOutput.")) {
            return Outcome.success(List.of());
        }
        List<Long> out = new ArrayList<>();
        for (long n = 1; n <= outputs.stream().filter(o -> o.video() == video).count(); n++) {
            out.add(n);
        }
        return Outcome.success(out);
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        Map<String, String> all = objectPath.startsWith(prefix) ? values(objectPath.substring(prefix.length())) : Map.of();
        return ParameterProvider.readResult(all, names);
    }

    private Map<String, String> values(String o) {
        Map<String, String> c = config;
        Map<String, String> v = new LinkedHashMap<>();
        if (o.equals("Components.")) {
            v.put("AudioOutputNumberOfEntries", Long.toString(outputs.stream().filter(x -> !x.video()).count()));
            v.put("VideoOutputNumberOfEntries", Long.toString(outputs.stream().filter(AvOutput::video).count()));
        } else if (o.equals("Capabilities.AudioOutput.") || o.equals("Capabilities.VideoOutput.")) {
            boolean video = o.startsWith("Capabilities.Video");
            LinkedHashSet<String> formats = new LinkedHashSet<>();
            outputs.stream().filter(x -> x.video() == video).forEach(x -> formats.add(x.format()));
            v.put(video ? "VideoFormats" : "AudioFormats", String.join(",", formats));
        }
        for (int i = 0; i < outputs.size(); i++) {
            if (!o.equals("Components." + objectKey(i))) {
                continue;
            }
            AvOutput out = outputs.get(i);
            String k = objectKey(i);
            boolean on = "true".equals(c.get(k + "Enable"));
            String active = on && driver.playback() != null ? out.format() : "";
            v.put("Enable", c.get(k + "Enable"));
            v.put("Name", out.name());
            v.put("SCARTs", "");
            if (out.video()) {
                v.put("Status", on ? "Enabled" : "Disabled");
                v.put("VideoFormat", active);
                v.put("ColorbarEnable", "false");
                v.put("AspectRatioBehaviour", "None");
                v.put("Macrovision", "false");
                v.put("HDCP", Boolean.toString(out.format().equals("HDMI")));
            } else {
                v.put("Status", !on ? "Disabled" : c.get(k + "AudioLevel").equals("0") ? "Muted" : "Enabled");
                v.put("AudioFormat", active);
                v.put("AudioLevel", c.get(k + "AudioLevel"));
                v.put("CancelMute", "false");
            }
        }
        return v;
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        List<ParameterFault> faults = new ArrayList<>();
        for (ParameterWrite w : writes) {
            if (changes(w) == null) {
                faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE, "Not configurable on this device"));
            }
        }
        return faults.isEmpty() ? Outcome.success(null) : Outcome.failure(CwmpFault.ofParameters(faults));
    }

    /** The stored keys one write sets, or null when it is not writable. */
    private Map<String, String> changes(ParameterWrite w) {
        String rel = w.path().startsWith(prefix + "Components.") ? w.path().substring((prefix + "Components.").length()) : "";
        int dot = rel.lastIndexOf('.');
        String object = rel.substring(0, dot + 1);
        String name = rel.substring(dot + 1);
        boolean known = config.containsKey(object + "Enable");
        boolean audio = object.startsWith("AudioOutput.");
        return switch (name) {
            case "Enable" -> known ? Map.of(rel, w.value()) : null;
            case "AudioLevel" -> known && audio ? w.value().equals("0") ? Map.of(rel, "0")
                    : Map.of(rel, w.value(), object + "UnmutedLevel", w.value()) : null;
            // CancelMute=false has no effect (TR-135); true restores the level before the mute
            case "CancelMute" -> known && audio ? w.value().equals("true")
                    ? Map.of(object + "AudioLevel", config.get(object + "UnmutedLevel")) : Map.of() : null;
            default -> null;
        };
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> ok = validate(writes);
        if (!ok.isSuccess()) {
            return Outcome.failure(ok.faultOrNull());
        }
        Map<String, String> before = config;
        Map<String, String> next = new TreeMap<>(before);
        writes.forEach(w -> next.putAll(changes(w)));
        try {
            file.save(next);
            driver.applyOutputs(settings(next));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot apply the output settings", e);
            try {
                file.save(before);
            } catch (IOException again) {
                LOG.log(System.Logger.Level.ERROR, "cannot restore the saved output settings", again);
            }
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: " + e.getMessage());
        }
        config = next;
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            String k = objectKey(i);
            if (!before.get(k + "Enable").equals(next.get(k + "Enable"))
                    || !String.valueOf(before.get(k + "AudioLevel")).equals(String.valueOf(next.get(k + "AudioLevel")))) {
                changed.add(prefix + "Components." + k + "Status");
            }
        }
        if (!changed.isEmpty()) {
            fireValueChanged(changed.toArray(String[]::new));
        }
        return Outcome.success(0);
    }
}
