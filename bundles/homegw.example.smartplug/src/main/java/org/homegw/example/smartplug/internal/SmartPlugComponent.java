package org.homegw.example.smartplug.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.homegw.datamodel.spi.ParameterProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The whole of the vendor's OSGi wiring: build the provider over the plug, register it with the
 * {@link ParameterProvider#PATH} property, unregister it on the way out.
 */
@Component(immediate = true, configurationPid = "org.homegw.example.smartplug")
@Designate(ocd = SmartPlugComponent.Config.class)
public final class SmartPlugComponent {

    /** Settings of the example plug. */
    @ObjectClassDefinition(name = "homegw example smart plug")
    public @interface Config {
        @AttributeDefinition(description = "Root object of the data model")
        String root() default "Device.";

        @AttributeDefinition(description = "Appliance demand on each outlet in watts (simulation); one entry per outlet")
        int[] outletDemandsWatts() default {60, 2000};

        @AttributeDefinition(description = "Seconds between energy meter updates")
        int meterSeconds() default 60;
    }

    private ScheduledExecutorService meter;
    private SmartPlugProvider provider;
    private ServiceRegistration<ParameterProvider> registration;

    @Activate
    void activate(BundleContext context, Config config) {
        List<Integer> demands = new ArrayList<>();
        for (int d : config.outletDemandsWatts()) {
            demands.add(Math.max(0, d));
        }
        SimulatedPlug plug = new SimulatedPlug(Clock.systemUTC(), demands);
        String stateDir = context.getProperty("homegw.state.dir");
        Path file = Path.of(stateDir == null || stateDir.isBlank() ? "var" : stateDir).toAbsolutePath()
                .resolve("smartplug/outlets.properties");
        provider = new SmartPlugProvider(config.root(), plug, new OutletSettingsStore(file));
        meter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "homegw-smartplug-meter");
            t.setDaemon(true);
            return t;
        });
        int period = Math.max(1, config.meterSeconds());
        meter.scheduleAtFixedRate(plug::tick, period, period, TimeUnit.SECONDS);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ParameterProvider.PATH, provider.paths().toArray(String[]::new));
        registration = context.registerService(ParameterProvider.class, provider, props);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
        }
        meter.shutdownNow();
        provider.close();
    }
}
