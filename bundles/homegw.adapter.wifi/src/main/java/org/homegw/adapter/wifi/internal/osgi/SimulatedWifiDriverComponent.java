package org.homegw.adapter.wifi.internal.osgi;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.homegw.adapter.wifi.internal.sim.SimulatedWifiDriver;
import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.adapter.wifi.spi.RadioStatus;
import org.homegw.adapter.wifi.spi.SsidInfo;
import org.homegw.adapter.wifi.spi.SsidStatus;
import org.homegw.adapter.wifi.spi.Station;
import org.homegw.adapter.wifi.spi.WifiDriver;
import org.homegw.adapter.wifi.spi.WifiSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The default {@link WifiDriver}: a simulated dual-band access point, ranked below any vendor driver. */
@Component(service = WifiDriver.class, configurationPid = "org.homegw.adapter.wifi.simulated",
        property = {"service.ranking:Integer=-1000", "homegw.driver=simulated"})
@Designate(ocd = SimulatedWifiDriverComponent.Config.class)
public final class SimulatedWifiDriverComponent implements WifiDriver {

    /** How the simulation behaves. */
    @ObjectClassDefinition(name = "homegw simulated Wi-Fi driver")
    public @interface Config {
        @AttributeDefinition(description = "SSID slots per radio")
        int ssidsPerRadio() default 2;

        @AttributeDefinition(description = "Most stations one SSID accepts")
        int maxStationsPerSsid() default 8;

        @AttributeDefinition(description = "Chance per tick that a station joins an up SSID")
        double joinProbability() default 0.2;

        @AttributeDefinition(description = "Chance per tick that a station leaves")
        double leaveProbability() default 0.1;

        @AttributeDefinition(description = "Seconds between simulation steps")
        int tickSeconds() default 10;

        @AttributeDefinition(description = "BSSID of the first SSID; the others count up from it")
        String baseMac() default "02:00:5e:00:00:01";
    }

    private SimulatedWifiDriver simulation;
    private ScheduledExecutorService ticker;

    @Activate
    void activate(Config config) {
        simulation = new SimulatedWifiDriver(Clock.systemUTC(), new SecureRandom(),
                new SimulatedWifiDriver.Options(Math.max(1, config.ssidsPerRadio()), Math.max(0, config.maxStationsPerSsid()),
                        config.joinProbability(), config.leaveProbability(), baseMac(config.baseMac())));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "homegw-wifi-simulation");
            t.setDaemon(true);
            return t;
        });
        int period = Math.max(1, config.tickSeconds());
        ticker.scheduleAtFixedRate(simulation::tick, period, period, TimeUnit.SECONDS);
    }

    /** The configured base MAC, or the default one (logged) when it is not six colon-separated hex octets. */
    private static String baseMac(String configured) {
        if (configured != null && configured.matches("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}")) {
            return configured;
        }
        System.getLogger(SimulatedWifiDriverComponent.class.getName()).log(System.Logger.Level.ERROR,
                "baseMac {0} is not a MAC address; using 02:00:5e:00:00:01", configured);
        return "02:00:5e:00:00:01";
    }

    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
    }

    @Override
    public List<RadioCapabilities> radios() {
        return simulation.radios();
    }

    @Override
    public List<SsidInfo> ssids() {
        return simulation.ssids();
    }

    @Override
    public void apply(WifiSettings settings) throws IOException {
        simulation.apply(settings);
    }

    @Override
    public RadioStatus radioStatus(int radio) {
        return simulation.radioStatus(radio);
    }

    @Override
    public SsidStatus ssidStatus(int ssid) {
        return simulation.ssidStatus(ssid);
    }

    @Override
    public List<Station> stations(int ssid) {
        return simulation.stations(ssid);
    }

    @Override
    public void setListener(Listener listener) {
        simulation.setListener(listener);
    }
}
