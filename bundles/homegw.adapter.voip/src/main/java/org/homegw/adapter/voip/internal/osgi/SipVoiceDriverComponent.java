package org.homegw.adapter.voip.internal.osgi;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.homegw.adapter.voip.internal.sip.SipVoiceDriver;
import org.homegw.adapter.voip.spi.CodecCapability;
import org.homegw.adapter.voip.spi.LineState;
import org.homegw.adapter.voip.spi.VoiceDriver;
import org.homegw.adapter.voip.spi.VoiceSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The SIP registration driver, active only when configured (PID org.homegw.adapter.voip.sip, e.g.
 * deploy/org.homegw.adapter.voip.sip.cfg); ranked above the simulated driver, so configuring it
 * moves the VoIP adapter onto real registrations.
 */
@Component(service = VoiceDriver.class, configurationPid = "org.homegw.adapter.voip.sip",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {"service.ranking:Integer=0", "homegw.driver=sip"})
@Designate(ocd = SipVoiceDriverComponent.Config.class)
public final class SipVoiceDriverComponent implements VoiceDriver {

    /** Settings of the SIP driver. */
    @ObjectClassDefinition(name = "homegw SIP registration driver")
    public @interface Config {
        @AttributeDefinition(description = "Number of lines (SIP accounts)")
        int lines() default 2;

        @AttributeDefinition(description = "SIP timer T1 in milliseconds (RFC 3261: 500)")
        int t1Millis() default 500;
    }

    private ScheduledExecutorService executor;
    private SipVoiceDriver driver;

    @Activate
    void activate(Config config) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "homegw-sip-registration");
            t.setDaemon(true);
            return t;
        });
        driver = new SipVoiceDriver(Math.max(1, config.lines()), executor, Duration.ofMillis(Math.max(50, config.t1Millis())));
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public List<CodecCapability> codecs() {
        return driver.codecs();
    }

    @Override
    public int lineCount() {
        return driver.lineCount();
    }

    @Override
    public void apply(VoiceSettings settings) throws IOException {
        driver.apply(settings);
    }

    @Override
    public LineState line(int line) {
        return driver.line(line);
    }

    @Override
    public void setListener(Listener listener) {
        driver.setListener(listener);
    }
}
