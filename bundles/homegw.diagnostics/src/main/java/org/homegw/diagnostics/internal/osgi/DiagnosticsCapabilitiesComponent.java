package org.homegw.diagnostics.internal.osgi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.diagnostics.internal.net.Executables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves the *Supported flags of Device.IP.Diagnostics.: what this bundle can run. TraceRoute needs the
 * system command; IP Layer Capacity (TR-471) is not offered (its Supported flag reads false). Its other sub-objects have their own
 * providers (longer paths win); anything else under it stays unsupported.
 */
@Component(service = ParameterProvider.class, property = {
        ParameterProvider.PATH + "=" + DiagnosticsCapabilitiesComponent.PATH,
        ParameterProvider.PUSHES_CHANGES + ":Boolean=false"})
public final class DiagnosticsCapabilitiesComponent extends AbstractParameterProvider {

    static final String PATH = "Device.IP.Diagnostics.";

    private final DiagnosticsConfig config;

    @Activate
    public DiagnosticsCapabilitiesComponent(@Reference DiagnosticsContext context) {
        this.config = context.config();
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        if (!objectPath.equals(PATH)) {
            return Outcome.success(Map.of());
        }
        String traceRoute = Boolean.toString(Executables.find(config.tracerouteCommand()).isPresent());
        Map<String, String> all = new LinkedHashMap<>();
        for (String v : new String[] {"IPv4", "IPv6"}) {
            all.put(v + "PingSupported", "true");
            all.put(v + "TraceRouteSupported", traceRoute);
            all.put(v + "DownloadDiagnosticsSupported", "true");
            all.put(v + "UploadDiagnosticsSupported", "true");
            all.put(v + "UDPEchoDiagnosticsSupported", "true");
            all.put(v + "ServerSelectionDiagnosticsSupported", "true");
        }
        all.put("IPLayerCapacitySupported", "false");
        Map<String, String> answer = new LinkedHashMap<>();
        names.stream().filter(all::containsKey).forEach(n -> answer.put(n, all.get(n)));
        return Outcome.success(answer);
    }
}
