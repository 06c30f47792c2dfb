package org.homegw.diagnostics.internal.osgi;

import java.nio.file.Path;
import java.time.Clock;

import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.transfer.DownloadTest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Serves Device.IP.Diagnostics.DownloadDiagnostics. (TR-143, HTTP). */
@Component(service = ParameterProvider.class, property = ParameterProvider.PATH + "=" + DownloadTest.PATH)
public final class DownloadComponent extends DelegatingProvider {

    @Activate
    public DownloadComponent(@Reference DiagnosticsContext context) {
        super(context, new DownloadTest(HostResolver.system(), Clock.systemUTC(), Path.of("/sys/class/net"),
                context.config().transferTimeoutMillis()));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
