package org.homegw.diagnostics.internal.osgi;

import java.nio.file.Path;

import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.dns.NsLookupTest;
import org.homegw.diagnostics.internal.dns.ResolvConf;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Serves Device.DNS.Diagnostics.NSLookupDiagnostics. (resolv.conf is read at each run: it changes with DHCP). */
@Component(service = ParameterProvider.class, property = ParameterProvider.PATH + "=" + NsLookupTest.PATH)
public final class NsLookupComponent extends DelegatingProvider {

    @Activate
    public NsLookupComponent(@Reference DiagnosticsContext context) {
        super(context, new NsLookupTest(HostResolver.system(),
                () -> ResolvConf.read(Path.of(context.config().resolvConf())), context.config().dnsServerPort()));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
