package org.homegw.labacs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Inform;
import org.homegw.labacs.auth.Credentials;

/**
 * The devices seen so far and the per-device settings a test or operator made, keyed by any device
 * name (see {@link DeviceIds}) so they can be set before the device first connects. Thread-safe.
 */
final class DeviceRegistry {

    private static final class Known {
        DeviceIdStruct id;
        Instant lastInform;
        CwmpVersion version;
        String crUrl;
        String udpAddress;
        int sessions;
    }

    private final Map<String, Known> devices = new LinkedHashMap<>();
    private final Map<String, Boolean> hold = new LinkedHashMap<>();
    private final Map<String, Credentials> crCredentials = new LinkedHashMap<>();

    synchronized void informed(Inform inform, CwmpVersion version, Instant time) {
        Known k = devices.computeIfAbsent(DeviceIds.canonical(inform.deviceId()), x -> new Known());
        k.id = inform.deviceId();
        k.lastInform = time;
        k.version = version;
        k.sessions++;
        k.crUrl = parameter(inform, "ManagementServer.ConnectionRequestURL", k.crUrl);
        k.udpAddress = parameter(inform, "ManagementServer.UDPConnectionRequestAddress", k.udpAddress);
    }

    private static String parameter(Inform inform, String suffix, String previous) {
        return inform.parameterList().stream().filter(p -> p.name().endsWith("." + suffix) && !p.value().isEmpty())
                .map(p -> p.value()).findFirst().orElse(previous);
    }

    synchronized List<DeviceInfo> all(RpcQueue queue) {
        List<DeviceInfo> out = new ArrayList<>();
        for (Map.Entry<String, Known> e : devices.entrySet()) {
            out.add(info(e.getKey(), e.getValue(), queue));
        }
        return out;
    }

    synchronized Optional<DeviceInfo> find(String key, RpcQueue queue) {
        for (Map.Entry<String, Known> e : devices.entrySet()) {
            if (DeviceIds.matches(e.getValue().id, key)) {
                return Optional.of(info(e.getKey(), e.getValue(), queue));
            }
        }
        return Optional.empty();
    }

    private static DeviceInfo info(String id, Known k, RpcQueue queue) {
        return new DeviceInfo(id, k.id, k.lastInform, k.version, k.crUrl, k.udpAddress, k.sessions,
                queue.waitingFor(k.id).size());
    }

    synchronized void setHoldRequests(String key, boolean value) {
        hold.remove(key); // re-insert so the newest setting is looked at last
        hold.put(key, value);
    }

    /** Whether the latest hold setting naming this device asks for HoldRequests. */
    synchronized boolean holdRequests(DeviceIdStruct id) {
        boolean result = false;
        for (Map.Entry<String, Boolean> e : hold.entrySet()) {
            if (DeviceIds.matches(id, e.getKey())) {
                result = e.getValue();
            }
        }
        return result;
    }

    synchronized void setConnectionRequestCredentials(String key, Credentials c) {
        crCredentials.remove(key);
        crCredentials.put(key, c);
    }

    synchronized Credentials connectionRequestCredentials(DeviceIdStruct id, Credentials fallback) {
        Credentials result = fallback;
        for (Map.Entry<String, Credentials> e : crCredentials.entrySet()) {
            if (DeviceIds.matches(id, e.getKey())) {
                result = e.getValue();
            }
        }
        return result;
    }
}
