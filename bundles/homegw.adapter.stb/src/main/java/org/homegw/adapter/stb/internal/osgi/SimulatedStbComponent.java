package org.homegw.adapter.stb.internal.osgi;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.homegw.adapter.stb.internal.sim.SimulatedStb;
import org.homegw.adapter.stb.spi.AvOutput;
import org.homegw.adapter.stb.spi.MainStreamStats;
import org.homegw.adapter.stb.spi.OutputSettings;
import org.homegw.adapter.stb.spi.StbDriver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The default {@link StbDriver}: a simulated IPTV box, ranked below any vendor driver. */
@Component(service = StbDriver.class, configurationPid = "org.homegw.adapter.stb.simulated",
        property = {"service.ranking:Integer=-1000", "homegw.driver=simulated"})
@Designate(ocd = SimulatedStbComponent.Config.class)
public final class SimulatedStbComponent implements StbDriver {

    /** How the simulated viewer behaves. */
    @ObjectClassDefinition(name = "homegw simulated set-top box")
    public @interface Config {
        @AttributeDefinition(description = "Chance per step that the viewer changes channel")
        double zapProbability() default 0.1;

        @AttributeDefinition(description = "Seconds between steps")
        int stepSeconds() default 30;
    }

    private SimulatedStb box;
    private ScheduledExecutorService ticker;

    @Activate
    void activate(Config config) {
        box = new SimulatedStb(new SecureRandom(), config.zapProbability());
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "homegw-stb-simulation");
            t.setDaemon(true);
            return t;
        });
        int period = Math.max(1, config.stepSeconds());
        ticker.scheduleAtFixedRate(box::tick, period, period, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
    }

    @Override
    public List<String> audioStandards() {
        return box.audioStandards();
    }

    @Override
    public List<String> videoStandards() {
        return box.videoStandards();
    }

    @Override
    public void apply(StbSettings settings) throws IOException {
        box.apply(settings);
    }

    @Override
    public Playback playback() {
        return box.playback();
    }

    @Override
    public void setListener(Runnable playbackChanged) {
        box.setListener(playbackChanged);
    }

    @Override
    public List<AvOutput> outputs() {
        return box.outputs();
    }

    @Override
    public void applyOutputs(OutputSettings settings) {
        box.applyOutputs(settings);
    }

    @Override
    public MainStreamStats mainStreamStats() {
        return box.mainStreamStats();
    }

    @Override
    public void resetMainStreamStats() {
        box.resetMainStreamStats();
    }
}
