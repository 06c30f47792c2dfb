package org.homegw.diagnostics.internal.osgi;

import java.nio.file.Path;
import java.time.Clock;

import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.transfer.UploadTest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Serves Device.IP.Diagnostics.UploadDiagnostics. (TR-143, HTTP PUT). */
@Component(service = ParameterProvider.class, property = ParameterProvider.PATH + "=" + UploadTest.PATH)
public final class UploadComponent extends DelegatingProvider {

    @Activate
    public UploadComponent(@Reference DiagnosticsContext context) {
        super(context, new UploadTest(HostResolver.system(), Clock.systemUTC(), Path.of("/sys/class/net"),
                context.config().transferTimeoutMillis(), context.config().maxUploadBytes()));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
