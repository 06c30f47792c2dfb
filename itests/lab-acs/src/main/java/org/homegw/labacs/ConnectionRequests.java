package org.homegw.labacs;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.connreq.ConnectionRequestResult;
import org.homegw.labacs.connreq.ConnectionRequestSender;
import org.homegw.labacs.connreq.UdpConnectionRequest;

/**
 * Wakes a device the way an ACS does: an HTTP Connection Request to the ConnectionRequestURL, or a
 * TR-111 UDP one to the UDPConnectionRequestAddress, of its latest Inform, with the device's
 * Connection Request credentials; every attempt goes into the ACS log.
 */
final class ConnectionRequests {

    private final ConnectionRequestSender http;
    private final UdpConnectionRequest udp;
    private final DeviceRegistry registry;
    private final Function<String, Optional<DeviceInfo>> devices;
    private final Credentials defaultCredentials;
    private final AcsLog log;

    ConnectionRequests(ConnectionRequestSender http, UdpConnectionRequest udp, DeviceRegistry registry,
            Function<String, Optional<DeviceInfo>> devices, Credentials defaultCredentials, AcsLog log) {
        this.http = http;
        this.udp = udp;
        this.registry = registry;
        this.devices = devices;
        this.defaultCredentials = defaultCredentials;
        this.log = log;
    }

    /** See {@link LabAcs#sendConnectionRequest(String)}. */
    ConnectionRequestResult sendHttp(String device) throws IOException {
        DeviceInfo info = known(device);
        if (info.connectionRequestUrl() == null) {
            throw new IllegalStateException(device + " reported no ConnectionRequestURL");
        }
        Credentials c = registry.connectionRequestCredentials(info.deviceId(), defaultCredentials);
        DeviceIdStruct id = info.deviceId();
        try {
            ConnectionRequestResult r = http.send(URI.create(info.connectionRequestUrl()), c);
            log.append((seq, t) -> new LogEntry.ConnectionRequestSent(seq, t, id, "HTTP", info.connectionRequestUrl(),
                    "HTTP " + r.status() + " (" + r.authScheme() + (r.algorithm() == null ? "" : " " + r.algorithm())
                            + ")"));
            return r;
        } catch (IOException | RuntimeException e) {
            log.append((seq, t) -> new LogEntry.ConnectionRequestSent(seq, t, id, "HTTP", info.connectionRequestUrl(),
                    "failed: " + e));
            throw e;
        }
    }

    /** See {@link LabAcs#sendUdpConnectionRequest(String)}. */
    UdpConnectionRequest.Message sendUdp(String device) throws IOException {
        DeviceInfo info = known(device);
        String address = info.udpConnectionRequestAddress();
        if (address == null || address.lastIndexOf(':') < 0) {
            throw new IllegalStateException(device + " reported no UDPConnectionRequestAddress host:port");
        }
        Credentials c = registry.connectionRequestCredentials(info.deviceId(), defaultCredentials);
        if (c == null) {
            throw new IllegalStateException("no Connection Request credentials for " + device);
        }
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon).replace("[", "").replace("]", "");
        int port = Integer.parseInt(address.substring(colon + 1));
        UdpConnectionRequest.Message m = udp.send(host, port, c);
        log.append((seq, t) -> new LogEntry.ConnectionRequestSent(seq, t, info.deviceId(), "UDP", address,
                "sent " + UdpConnectionRequest.COPIES + " copies, id " + m.id()));
        return m;
    }

    private DeviceInfo known(String device) {
        return devices.apply(device).orElseThrow(() -> new IllegalArgumentException("unknown device " + device));
    }
}
