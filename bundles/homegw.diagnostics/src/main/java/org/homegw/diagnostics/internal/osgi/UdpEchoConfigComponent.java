package org.homegw.diagnostics.internal.osgi;

import java.time.Clock;

import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.udpecho.UdpEchoConfigProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves Device.IP.Diagnostics.UDPEchoConfig. (the gateway as UDP echo server, on all addresses). Its
 * counters change with every packet and are not pushed: the registry polls them when notification is on.
 */
@Component(service = ParameterProvider.class, property = {
        ParameterProvider.PATH + "=" + UdpEchoConfigProvider.PATH,
        ParameterProvider.PUSHES_CHANGES + ":Boolean=false"})
public final class UdpEchoConfigComponent extends ForwardingProvider {

    @Activate
    public UdpEchoConfigComponent(@Reference DiagnosticsContext context) {
        this(new UdpEchoConfigProvider(Clock.systemUTC(), null, context.interfaceAddresses()));
    }

    private UdpEchoConfigComponent(UdpEchoConfigProvider delegate) {
        super(delegate, delegate::close);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
