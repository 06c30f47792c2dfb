package org.homegw.diagnostics.internal.osgi;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.ping.IpPingTest;
import org.homegw.diagnostics.internal.ping.PingMethod;
import org.homegw.diagnostics.internal.ping.ReachabilityPing;
import org.homegw.diagnostics.internal.ping.SystemPing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Serves Device.IP.Diagnostics.IPPing. */
@Component(service = ParameterProvider.class, property = ParameterProvider.PATH + "=" + IpPingTest.PATH)
public final class IpPingComponent extends DelegatingProvider {

    @Activate
    public IpPingComponent(@Reference DiagnosticsContext context) {
        super(context, new IpPingTest(HostResolver.system(), methods(context.config())));
    }

    static List<PingMethod> methods(DiagnosticsConfig config) {
        List<PingMethod> methods = new ArrayList<>();
        if (config.systemPing()) {
            methods.add(new SystemPing(config.pingCommand()));
        }
        methods.add(new ReachabilityPing(config.pingIntervalMillis()));
        return methods;
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
