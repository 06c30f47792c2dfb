package org.homegw.diagnostics.internal.osgi;

import java.time.Clock;

import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.selection.ServerSelectionTest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Serves Device.IP.Diagnostics.ServerSelectionDiagnostics. (ICMP via the IPPing methods, or UDP echo to port 7). */
@Component(service = ParameterProvider.class, property = ParameterProvider.PATH + "=" + ServerSelectionTest.PATH)
public final class ServerSelectionComponent extends DelegatingProvider {

    private static final int ECHO_PORT = 7;

    @Activate
    public ServerSelectionComponent(@Reference DiagnosticsContext context) {
        super(context, new ServerSelectionTest(HostResolver.system(), IpPingComponent.methods(context.config()),
                Clock.systemUTC(), ECHO_PORT));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
