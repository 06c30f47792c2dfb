package org.homegw.diagnostics.internal.osgi;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ChangeSink;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
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
public final class UdpEchoConfigComponent implements ParameterProvider {

    private final UdpEchoConfigProvider delegate;

    @Activate
    public UdpEchoConfigComponent(@Reference DiagnosticsContext context) {
        delegate = new UdpEchoConfigProvider(Clock.systemUTC(), null, context.interfaceAddresses());
    }

    @Deactivate
    void deactivate() {
        delegate.close();
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return delegate.instances(tablePath);
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        return delegate.read(objectPath, parameterNames);
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        return delegate.validate(writes);
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        return delegate.write(writes);
    }

    @Override
    public void attach(ChangeSink sink) {
        delegate.attach(sink);
    }
}
