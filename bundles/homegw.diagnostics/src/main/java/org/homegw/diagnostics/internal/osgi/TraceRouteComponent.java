package org.homegw.diagnostics.internal.osgi;

import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.net.Executables;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.traceroute.TraceRouteTest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Serves Device.IP.Diagnostics.TraceRoute. (system traceroute). */
@Component(service = ParameterProvider.class, property = ParameterProvider.PATH + "=" + TraceRouteTest.PATH)
public final class TraceRouteComponent extends DelegatingProvider {

    @Activate
    public TraceRouteComponent(@Reference DiagnosticsContext context) {
        super(context, new TraceRouteTest(HostResolver.system(),
                () -> Executables.find(context.config().tracerouteCommand())));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
