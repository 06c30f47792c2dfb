package org.homegw.adapter.stb.internal.sim;

import java.time.Clock;
import java.util.List;
import java.util.Random;

import org.homegw.adapter.stb.spi.AvOutput;
import org.homegw.adapter.stb.spi.MainStreamStats;
import org.homegw.adapter.stb.spi.OutputSettings;
import org.homegw.adapter.stb.spi.StbDriver;

/**
 * An IPTV box in software with a fixed channel line-up. While every component is enabled it plays;
 * on each {@link #tick()} the viewer zaps to another channel with the given probability (seeded
 * random source). The audio track follows the preferred language when the channel carries it.
 * It has an HDMI and an optical S/PDIF audio output and an HDMI video output, and keeps counters of
 * the stream it plays ({@link SimulatedStream}).
 */
public final class SimulatedStb implements StbDriver {

    /** A channel of the line-up: its streams and audio languages (first is the default). */
    private record Channel(String name, String uri, String audio, String video, String aspect, List<String> languages) {
    }

    private static final List<Channel> LINE_UP = List.of(
            new Channel("News 24", "rtp://239.10.0.1:5000", "MPEG4-AAC-LC", "MPEG4-Part10", "16:9", List.of("eng")),
            new Channel("Cinema", "rtp://239.10.0.2:5000", "DOLBY-AC3", "MPEG4-Part10", "16:9", List.of("eng", "fra", "deu")),
            new Channel("Classic TV", "rtp://239.10.0.3:5000", "MPEG1-Part3-Layer2", "MPEG2-Part2", "4:3", List.of("fra")),
            new Channel("Sport", "rtp://239.10.0.4:5000", "DOLBY-DD+", "MPEG4-Part10", "16:9", List.of("deu", "eng")));

    private static final List<AvOutput> OUTPUTS = List.of(new AvOutput(false, "HDMI0", "HDMI"),
            new AvOutput(false, "SPDIF0", "DIGITAL-OPTICAL-SP/DIF"), new AvOutput(true, "HDMI0", "HDMI"));

    private final Random random;
    private final double zapProbability;
    private final SimulatedStream stream;
    private volatile OutputSettings outputSettings = new OutputSettings(List.of(true, true, true), List.of(50, 50, 0));
    private StbSettings settings = new StbSettings(false, false, false, false, "");
    private int channel;
    private volatile Runnable listener;

    public SimulatedStb(Random random, double zapProbability) {
        this(Clock.systemUTC(), random, zapProbability);
    }

    /** @param clock the time the stream counters are kept in */
    public SimulatedStb(Clock clock, Random random, double zapProbability) {
        this.random = random;
        this.zapProbability = zapProbability;
        this.stream = new SimulatedStream(clock, random);
    }

    @Override
    public List<String> audioStandards() {
        return List.of("MPEG1-Part3-Layer2", "MPEG2-AAC-LC", "MPEG4-AAC-LC", "DOLBY-AC3", "DOLBY-DD+");
    }

    @Override
    public List<String> videoStandards() {
        return List.of("MPEG2-Part2", "MPEG4-Part10");
    }

    @Override
    public void apply(StbSettings next) {
        boolean changed;
        synchronized (this) {
            Playback before = playback();
            // the time up to now was played (or not) with the settings before this change
            stream.account(before != null);
            settings = next;
            changed = !java.util.Objects.equals(before, playback());
        }
        if (changed) {
            report();
        }
    }

    @Override
    public synchronized Playback playback() {
        StbSettings s = settings;
        if (!(s.frontEnd() && s.audioDecoder() && s.videoDecoder() && s.player())) {
            return null;
        }
        Channel c = LINE_UP.get(channel);
        String language = c.languages().contains(s.preferredAudioLanguage()) ? s.preferredAudioLanguage() : c.languages().get(0);
        return new Playback(c.name(), c.uri(), c.audio(), c.video(), c.aspect(), language);
    }

    @Override
    public void setListener(Runnable playbackChanged) {
        this.listener = playbackChanged;
    }

    @Override
    public List<AvOutput> outputs() {
        return OUTPUTS;
    }

    @Override
    public void applyOutputs(OutputSettings next) {
        outputSettings = next;
    }

    /** The outputs as last set (for tests). */
    public OutputSettings outputSettings() {
        return outputSettings;
    }

    @Override
    public synchronized MainStreamStats mainStreamStats() {
        stream.account(playback() != null);
        return stream.stats();
    }

    @Override
    public synchronized void resetMainStreamStats() {
        stream.account(playback() != null);
        stream.reset();
    }

    /** One step of the viewer: maybe a channel change. */
    public void tick() {
        boolean zapped = false;
        synchronized (this) {
            if (playback() != null && random.nextDouble() < zapProbability) {
                channel = (channel + 1 + random.nextInt(LINE_UP.size() - 1)) % LINE_UP.size();
                zapped = true;
            }
        }
        if (zapped) {
            report();
        }
    }

    private void report() {
        Runnable l = listener;
        if (l != null) {
            l.run();
        }
    }
}
