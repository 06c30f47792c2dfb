package org.homegw.diagnostics.internal.osgi;

import java.time.Clock;

import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.udpecho.UdpEchoTest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Serves Device.IP.Diagnostics.UDPEchoDiagnostics. */
@Component(service = ParameterProvider.class, property = ParameterProvider.PATH + "=" + UdpEchoTest.PATH)
public final class UdpEchoDiagnosticsComponent extends DelegatingProvider {

    @Activate
    public UdpEchoDiagnosticsComponent(@Reference DiagnosticsContext context) {
        super(context, new UdpEchoTest(HostResolver.system(), Clock.systemUTC()));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
