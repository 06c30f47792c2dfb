package org.homegw.adapter.voip.internal.osgi;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.homegw.adapter.voip.internal.sim.SimulatedVoiceDriver;
import org.homegw.adapter.voip.spi.CodecCapability;
import org.homegw.adapter.voip.spi.LineState;
import org.homegw.adapter.voip.spi.VoiceDriver;
import org.homegw.adapter.voip.spi.VoiceSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The default {@link VoiceDriver}: simulated lines, ranked below any vendor driver. */
@Component(service = VoiceDriver.class, configurationPid = "org.homegw.adapter.voip.simulated",
        property = {"service.ranking:Integer=-1000", "homegw.driver=simulated"})
@Designate(ocd = SimulatedVoiceDriverComponent.Config.class)
public final class SimulatedVoiceDriverComponent implements VoiceDriver {

    /** How the simulation behaves. */
    @ObjectClassDefinition(name = "homegw simulated voice driver")
    public @interface Config {
        @AttributeDefinition(description = "Number of lines (FXS ports)")
        int lines() default 2;

        @AttributeDefinition(description = "Chance per step that an idle registered line gets a call")
        double callProbability() default 0.05;

        @AttributeDefinition(description = "Seconds between simulation steps")
        int stepSeconds() default 15;
    }

    private SimulatedVoiceDriver simulation;
    private ScheduledExecutorService ticker;

    @Activate
    void activate(Config config) {
        simulation = new SimulatedVoiceDriver(Clock.systemUTC(), new SecureRandom(), Math.max(1, config.lines()),
                config.callProbability());
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "homegw-voice-simulation");
            t.setDaemon(true);
            return t;
        });
        int period = Math.max(1, config.stepSeconds());
        ticker.scheduleAtFixedRate(simulation::tick, period, period, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
    }

    @Override
    public List<CodecCapability> codecs() {
        return simulation.codecs();
    }

    @Override
    public int lineCount() {
        return simulation.lineCount();
    }

    @Override
    public void apply(VoiceSettings settings) throws IOException {
        simulation.apply(settings);
    }

    @Override
    public LineState line(int line) {
        return simulation.line(line);
    }

    @Override
    public void setListener(Listener listener) {
        simulation.setListener(listener);
    }
}
