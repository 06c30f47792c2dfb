package org.homegw.cwmp.connreq.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.homegw.cwmp.api.SessionRequests;
import org.homegw.cwmp.connreq.internal.http.HttpConnectionRequestServer;
import org.homegw.cwmp.connreq.internal.stun.StunClient;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestReceiver;
import org.homegw.cwmp.connreq.internal.udp.UdpConnectionRequestValidator;
import org.homegw.cwmp.connreq.internal.udp.UdpEndpoint;
import org.homegw.datamodel.api.DataModel;

/**
 * Keeps the Connection Request listeners in line with the ManagementServer settings: applies them when
 * the registry announces a change ({@link #settingsChanged}) and re-reads them every poll interval, opens or closes the HTTP listener (HTTPConnectionRequestEnable), the UDP port
 * and STUN client (STUNEnable and friends), and keeps ConnectionRequestURL, UDPConnectionRequestAddress,
 * NATDetected and SupportedConnReqMethods current, which also notices local address changes.
 */
public final class ConnectionRequestService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ConnectionRequestService.class.getName());

    /** Settings from the component configuration and the launcher. */
    public record Options(String bindAddress, int httpPort, int udpPort, int rateBudget, Duration rateWindow,
            boolean allowBasic, Duration nonceLifetime, int workers, Duration readTimeout, Duration pollInterval,
            Duration stunKeepAlive, Duration udpMaxClockSkew, Path stateDir) {
    }

    private final Options options;
    private final ManagementServerSettings settings;
    private final ConnectionRequestParameters parameters;
    private final Clock clock;
    private final Scheduler scheduler;
    private final ReachableAddressFinder addresses;
    private final SessionTrigger trigger;
    private final InetAddress bindAddress;

    private String path;
    private HttpConnectionRequestServer http;
    private boolean httpBindFailed;
    private UdpEndpoint udp;
    private UdpConnectionRequestReceiver udpReceiver;
    private StunClient stun;
    private StunClient.Settings stunSettings;
    private volatile InetSocketAddress stunLocal;
    private Scheduler.Cancellable poll = () -> { };
    private boolean closed;

    public ConnectionRequestService(Options options, DataModel dataModel, SessionRequests sessions,
            ConnectionRequestParameters parameters, Clock clock, Scheduler scheduler, ReachableAddressFinder addresses)
            throws UnknownHostException {
        this.options = options;
        this.settings = new ManagementServerSettings(dataModel);
        this.parameters = parameters;
        this.clock = clock;
        this.scheduler = scheduler;
        this.addresses = addresses;
        this.trigger = new SessionTrigger(new RateLimiter(options.rateBudget(), options.rateWindow(), clock), sessions);
        this.bindAddress = options.bindAddress().isBlank() ? null : InetAddress.getByName(options.bindAddress().trim());
    }

    /** Loads (or creates) the persisted path, applies the current settings and starts polling them. */
    public synchronized void start() throws IOException {
        path = new ConnectionRequestPathStore(options.stateDir(), new SecureRandom()).loadOrCreate();
        reconcile();
    }

    /**
     * A ManagementServer setting this bundle obeys changed (pushed by the registry's value-change
     * events): applies it on the scheduler's thread at once instead of at the next poll.
     */
    public void settingsChanged() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            scheduler.schedule(this::reconcile, Duration.ZERO);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // an event delivered while the component is being deactivated: nothing left to apply
        }
    }

    /**
     * Brings listeners and parameters in line with the data model now. Also run every poll interval:
     * settings changes are pushed, but a new local address toward the ACS is only seen by looking.
     */
    public synchronized void reconcile() {
        if (closed) {
            return;
        }
        try {
            reconcileHttp();
            reconcileStun();
            List<String> methods = new ArrayList<>();
            if (http != null) {
                methods.add("HTTP");
            }
            if (udp != null) {
                methods.add("STUN");
            }
            parameters.setSupportedMethods(String.join(",", methods));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Connection Request settings could not be applied", e);
        }
        poll.cancel();
        poll = scheduler.schedule(this::reconcile, options.pollInterval());
    }

    private void reconcileHttp() {
        boolean enabled = settings.httpEnabled();
        if (enabled && http == null) {
            try {
                http = new HttpConnectionRequestServer(httpSettings(), settings::connectionRequestCredentials, trigger,
                        clock);
                httpBindFailed = false;
            } catch (IOException e) {
                if (!httpBindFailed) {
                    LOG.log(System.Logger.Level.ERROR, "Cannot listen for Connection Requests on port "
                            + options.httpPort() + "; retrying every " + options.pollInterval(), e);
                }
                httpBindFailed = true;
            }
        } else if (!enabled && http != null) {
            LOG.log(System.Logger.Level.INFO, "HTTPConnectionRequestEnable is false: closing the listener");
            http.close();
            http = null;
        }
        String url = "";
        if (http != null) {
            InetAddress host = bindAddress != null && !bindAddress.isAnyLocalAddress() ? bindAddress
                    : addresses.addressToward(settings.acsHost(), settings.acsPort());
            url = "http://" + ReachableAddressFinder.hostPort(host, http.port()) + "/" + path;
        }
        parameters.setConnectionRequestUrl(url);
    }

    private HttpConnectionRequestServer.Settings httpSettings() {
        HttpConnectionRequestServer.Settings d = HttpConnectionRequestServer.Settings.defaults(bindAddress,
                options.httpPort(), path);
        return new HttpConnectionRequestServer.Settings(bindAddress, options.httpPort(), path, d.realm(),
                options.allowBasic(), options.nonceLifetime(), options.workers(), d.queue(), options.readTimeout(),
                d.maxRequestsPerConnection());
    }

    private void reconcileStun() {
        ManagementServerSettings.Stun s = settings.stun();
        if (!s.enabled() || s.serverAddress().isEmpty()) {
            stopUdp();
            return;
        }
        if (udp == null) {
            UdpTimestampStore timestamps = new UdpTimestampStore(options.stateDir());
            long stored = timestamps.load();
            // the accepted ids are not kept, so after a restart only strictly newer ts are accepted
            udpReceiver = new UdpConnectionRequestReceiver(new UdpConnectionRequestValidator(clock,
                    options.udpMaxClockSkew(), stored < 0 ? -1 : stored + 1),
                    settings::connectionRequestCredentials, trigger, timestamps::save);
            try {
                udp = new UdpEndpoint(bindAddress, options.udpPort(), udpReceiver);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "Cannot open UDP Connection Request port " + options.udpPort(), e);
                udpReceiver = null;
                return;
            }
        }
        StunClient.Settings wanted;
        try {
            wanted = new StunClient.Settings(new InetSocketAddress(InetAddress.getByName(s.serverAddress()),
                    s.serverPort()), s.username(), s.password(), StunClient.Settings.keepAlive(options.stunKeepAlive(),
                            s.minimumKeepAliveSeconds(), s.maximumKeepAliveSeconds()));
        } catch (UnknownHostException e) {
            LOG.log(System.Logger.Level.WARNING, "STUN server {0} cannot be resolved", s.serverAddress());
            return;
        }
        InetAddress local = bindAddress != null && !bindAddress.isAnyLocalAddress() ? bindAddress
                : addresses.addressToward(wanted.server().getHostString(), wanted.server().getPort());
        stunLocal = new InetSocketAddress(local, udp.port());
        if (!Objects.equals(wanted, stunSettings)) {
            if (stun != null) {
                stun.stop();
            }
            stunSettings = wanted;
            stun = new StunClient(wanted, udp::send, scheduler, this::mappedAddressChanged, new SecureRandom());
            udp.setStunHandler(stun::onMessage);
            stun.start();
        }
        InetSocketAddress mapped = stun.mappedAddress();
        publishUdpAddress(mapped != null ? mapped : stunLocal);
    }

    private void mappedAddressChanged(InetSocketAddress mapped) {
        LOG.log(System.Logger.Level.INFO, "STUN mapped address is now {0}", mapped);
        publishUdpAddress(mapped);
    }

    private void publishUdpAddress(InetSocketAddress address) {
        InetSocketAddress local = stunLocal;
        parameters.setNatDetected(local != null && !address.equals(local));
        parameters.setUdpConnectionRequestAddress(ReachableAddressFinder.hostPort(address.getAddress(),
                address.getPort()));
    }

    private void stopUdp() {
        if (stun != null) {
            stun.stop();
            stun = null;
            stunSettings = null;
        }
        if (udp != null) {
            udp.close();
            udp = null;
            udpReceiver = null;
        }
        stunLocal = null;
        parameters.setUdpConnectionRequestAddress("");
        parameters.setNatDetected(false);
    }

    public SessionTrigger trigger() {
        return trigger;
    }

    /** The UDP receiver while STUN is enabled, else null (for counters and tests). */
    public synchronized UdpConnectionRequestReceiver udpReceiver() {
        return udpReceiver;
    }

    public synchronized int httpPort() {
        return http == null ? -1 : http.port();
    }

    public synchronized int udpPort() {
        return udp == null ? -1 : udp.port();
    }

    @Override
    public synchronized void close() {
        closed = true;
        poll.cancel();
        if (http != null) {
            http.close();
            http = null;
        }
        stopUdp();
    }
}
