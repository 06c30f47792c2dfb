package org.homegw.cwmp.connreq.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.api.SessionRequests;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.DataModelEvents;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ChangeSink;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;

/**
 * DS shell: wires {@link ConnectionRequestService} to the DataModel and the CWMP client, and serves
 * the parameters of {@link ConnectionRequestParameters} to the registry.
 */
@Component(immediate = true, service = {ParameterProvider.class, EventHandler.class},
        configurationPid = "org.homegw.cwmp.connreq",
        property = {
            EventConstants.EVENT_TOPIC + "=" + DataModelEvents.TOPIC_VALUE_CHANGED,
            EventConstants.EVENT_FILTER + "=" + ConnectionRequestComponent.SETTINGS_FILTER,
            ParameterProvider.PATH + "=Device.ManagementServer.ConnectionRequestURL",
            ParameterProvider.PATH + "=Device.ManagementServer.UDPConnectionRequestAddress",
            ParameterProvider.PATH + "=Device.ManagementServer.NATDetected",
            ParameterProvider.PATH + "=Device.ManagementServer.SupportedConnReqMethods",
            // the same for the TR-098 root; the registry only matches paths under the root it loaded
            ParameterProvider.PATH + "=InternetGatewayDevice.ManagementServer.ConnectionRequestURL",
            ParameterProvider.PATH + "=InternetGatewayDevice.ManagementServer.UDPConnectionRequestAddress",
            ParameterProvider.PATH + "=InternetGatewayDevice.ManagementServer.NATDetected"
        })
@Designate(ocd = ConnectionRequestConfig.class)
public final class ConnectionRequestComponent implements ParameterProvider, EventHandler {

    /**
     * The settings whose change reconfigures the listeners at once. Credentials are not listed: they
     * are read afresh for every request. ConnectionRequestURL itself must not match (a loop).
     */
    static final String SETTINGS_FILTER = "(|(path=*.ManagementServer.HTTPConnectionRequestEnable)"
            + "(path=*.ManagementServer.STUN*)(path=*.ManagementServer.URL))";

    static final String PORT_PROPERTY = "homegw.connreq.port";
    static final String STATE_DIR_PROPERTY = "homegw.state.dir";
    static final int DEFAULT_PORT = 7547;

    private final ConnectionRequestParameters parameters;
    private final ExecutorScheduler scheduler = new ExecutorScheduler("homegw-connreq-timer");
    private final ConnectionRequestService service;

    @Activate
    public ConnectionRequestComponent(@Reference(name = "dataModel") DataModel dataModel,
            @Reference(name = "sessionRequests") SessionRequests sessions,
            BundleContext context, ConnectionRequestConfig config) throws IOException {
        parameters = new ConnectionRequestParameters(dataModel.rootObject());
        int port = config.port() >= 0 ? config.port() : frameworkPort(context.getProperty(PORT_PROPERTY));
        String stateDir = context.getProperty(STATE_DIR_PROPERTY);
        Path state = stateDir != null && !stateDir.isBlank() ? Path.of(stateDir) : dataFile(context);
        ConnectionRequestService.Options options = new ConnectionRequestService.Options(config.address(), port,
                config.udpPort() >= 0 ? config.udpPort() : port, config.rateLimitBudget(),
                Duration.ofSeconds(config.rateLimitWindowSeconds()), config.allowBasic(),
                Duration.ofSeconds(config.nonceLifetimeSeconds()), config.workers(),
                Duration.ofMillis(config.readTimeoutMillis()), Duration.ofSeconds(config.settingsPollSeconds()),
                Duration.ofSeconds(config.stunKeepAliveSeconds()), Duration.ofSeconds(config.udpMaxClockSkewSeconds()),
                state);
        service = new ConnectionRequestService(options, dataModel, sessions, parameters, Clock.systemUTC(), scheduler,
                new ReachableAddressFinder());
        try {
            service.start();
        } catch (IOException | RuntimeException e) {
            service.close();
            scheduler.close();
            throw e;
        }
    }

    static int frameworkPort(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int p = Integer.parseInt(value.trim());
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException(PORT_PROPERTY + " out of range: " + value);
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT_PROPERTY + " is not a port number: " + value, e);
        }
    }

    private static Path dataFile(BundleContext context) {
        File f = context.getDataFile("");
        if (f == null) {
            throw new IllegalStateException(STATE_DIR_PROPERTY + " is not set and the framework has no bundle storage");
        }
        return f.toPath();
    }

    @Deactivate
    void deactivate() {
        service.close();
        scheduler.close();
    }

    /** A setting changed (posted by the registry through EventAdmin). */
    @Override
    public void handleEvent(Event event) {
        service.settingsChanged();
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return parameters.instances(tablePath);
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        return parameters.read(objectPath, parameterNames);
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        return parameters.write(writes);
    }

    @Override
    public void attach(ChangeSink sink) {
        parameters.attach(sink);
    }
}
