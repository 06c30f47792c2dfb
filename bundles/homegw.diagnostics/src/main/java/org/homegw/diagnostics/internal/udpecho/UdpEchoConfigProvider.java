package org.homegw.diagnostics.internal.udpecho;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.diagnostics.internal.net.InterfaceAddresses;

/**
 * Serves Device.IP.Diagnostics.UDPEchoConfig.: the settings start, restart or stop the
 * {@link UdpEchoServer}; enabling from disabled clears the counters (a new server). Settings are
 * kept in memory: after a restart the server is off until the ACS enables it again. A non-empty
 * Interface binds the server to that IP interface's first address (resolved through the data model);
 * one that names no interface with an address is refused with 9007.
 */
public final class UdpEchoConfigProvider extends AbstractParameterProvider {

    public static final String PATH = "Device.IP.Diagnostics.UDPEchoConfig.";

    private static final System.Logger LOG = System.getLogger(UdpEchoConfigProvider.class.getName());
    private static final String UNKNOWN_TIME = "0001-01-01T00:00:00Z";

    private final Clock clock;
    private final InetAddress bindAddress;
    private final InterfaceAddresses interfaces;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private UdpEchoServer server;

    /** {@code bindAddress}: where to listen; null for every address, IPv4 and IPv6 (production). */
    public UdpEchoConfigProvider(Clock clock, InetAddress bindAddress) {
        this(clock, bindAddress, InterfaceAddresses.NONE);
    }

    public UdpEchoConfigProvider(Clock clock, InetAddress bindAddress, InterfaceAddresses interfaces) {
        this.clock = clock;
        this.bindAddress = bindAddress;
        this.interfaces = interfaces;
        settings.put("Enable", "false");
        settings.put("Interface", "");
        settings.put("SourceIPAddress", "");
        settings.put("UDPPort", "0");
        settings.put("EchoPlusEnabled", "false");
    }

    @Override
    public synchronized Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        if (!objectPath.equals(PATH)) {
            return Outcome.success(Map.of());
        }
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("EchoPlusSupported", "true");
        UdpEchoServer.Stats s = server == null ? new UdpEchoServer.Stats(0, 0, 0, 0, null, null) : server.stats();
        all.put("PacketsReceived", Long.toString(s.packetsReceived()));
        all.put("PacketsResponded", Long.toString(s.packetsResponded()));
        all.put("BytesReceived", Long.toString(s.bytesReceived()));
        all.put("BytesResponded", Long.toString(s.bytesResponded()));
        all.put("TimeFirstPacketReceived", time(s.firstReceived()));
        all.put("TimeLastPacketReceived", time(s.lastReceived()));
        Map<String, String> answer = new LinkedHashMap<>();
        names.stream().filter(all::containsKey).forEach(n -> answer.put(n, all.get(n)));
        return Outcome.success(answer);
    }

    private static String time(java.time.Instant t) {
        return t == null ? UNKNOWN_TIME
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                        .withZone(java.time.ZoneOffset.UTC).format(t);
    }

    @Override
    public synchronized Outcome<Void> validate(List<ParameterWrite> writes) {
        Map<String, String> merged = new LinkedHashMap<>(settings);
        for (ParameterWrite w : writes) {
            String name = w.path().substring(PATH.length());
            if (!settings.containsKey(name)) {
                return Outcome.failure(CwmpFault.NOT_WRITABLE, "Not writable: " + w.path());
            }
            merged.put(name, w.value());
        }
        if (!merged.get("Interface").isEmpty() && interfaces.addressesOf(merged.get("Interface")).isEmpty()) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                    "Interface " + merged.get("Interface") + " names no IP interface with an address");
        }
        long port = Long.parseLong(merged.get("UDPPort"));
        if (enabled(merged) && (port < 1 || port > 65_535)) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, "Enable needs a UDPPort from 1 to 65535");
        }
        try {
            source(merged);
        } catch (UnknownHostException e) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, "SourceIPAddress is not an IP address");
        }
        return Outcome.success(null);
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> ok = validate(writes);
        if (!ok.isSuccess()) {
            return Outcome.failure(ok.faultOrNull());
        }
        synchronized (this) {
            boolean wasEnabled = enabled(settings);
            Map<String, String> before = new LinkedHashMap<>(settings);
            writes.forEach(w -> settings.put(w.path().substring(PATH.length()), w.value()));
            boolean settingsChanged = !before.equals(settings);
            if (!enabled(settings)) {
                stop();
            } else if (!wasEnabled || settingsChanged || server == null) {
                stop();
                try {
                    int port = Integer.parseInt(settings.get("UDPPort"));
                    InetAddress local = listenAddress();
                    server = new UdpEchoServer(local == null ? new InetSocketAddress(port)
                            : new InetSocketAddress(local, port), source(settings),
                            Boolean.parseBoolean(settings.get("EchoPlusEnabled")), clock);
                    LOG.log(Level.INFO, "UDP echo server listening on port {0}", settings.get("UDPPort"));
                } catch (IOException e) {
                    String port = settings.get("UDPPort");
                    settings.clear();
                    settings.putAll(before);
                    return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                            "Cannot listen on UDP port " + port + ": " + e.getMessage());
                }
            }
        }
        return Outcome.success(0);
    }

    /** The Interface's first address when one is set, else the configured bind address (null: any). */
    private InetAddress listenAddress() {
        String iface = settings.get("Interface");
        if (iface.isEmpty()) {
            return bindAddress;
        }
        java.util.List<InetAddress> addresses = interfaces.addressesOf(iface);
        return addresses.isEmpty() ? bindAddress : addresses.get(0);
    }

    private static boolean enabled(Map<String, String> s) {
        return "true".equals(s.get("Enable")) || "1".equals(s.get("Enable"));
    }

    private static InetAddress source(Map<String, String> s) throws UnknownHostException {
        String v = s.get("SourceIPAddress");
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("[0-9.]+|[0-9A-Fa-f:.]+")) {
            throw new UnknownHostException(v);
        }
        return InetAddress.getByName(v);
    }

    private void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Stops the server (deactivation). */
    public synchronized void close() {
        stop();
    }
}
