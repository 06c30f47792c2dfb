package org.homegw.cwmp.connreq.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;

/**
 * Serves the read-only ManagementServer parameters this bundle knows best: ConnectionRequestURL,
 * UDPConnectionRequestAddress, NATDetected and SupportedConnReqMethods, and tells the registry when
 * one changes (ConnectionRequestURL is forcedInform with forced active notification).
 */
public final class ConnectionRequestParameters extends AbstractParameterProvider {

    public static final String CONNECTION_REQUEST_URL = "ConnectionRequestURL";
    public static final String UDP_CONNECTION_REQUEST_ADDRESS = "UDPConnectionRequestAddress";
    public static final String NAT_DETECTED = "NATDetected";
    public static final String SUPPORTED_CONN_REQ_METHODS = "SupportedConnReqMethods";

    private final String object;

    private final Map<String, String> values = new ConcurrentHashMap<>(Map.of(CONNECTION_REQUEST_URL, "",
            UDP_CONNECTION_REQUEST_ADDRESS, "", NAT_DETECTED, "false", SUPPORTED_CONN_REQ_METHODS, ""));

    /** rootObject is the data model's root, "Device." or "InternetGatewayDevice.". */
    public ConnectionRequestParameters(String rootObject) {
        this.object = rootObject + "ManagementServer.";
    }

    /** The full paths served under this root. */
    public List<String> paths() {
        return List.of(object + CONNECTION_REQUEST_URL, object + UDP_CONNECTION_REQUEST_ADDRESS,
                object + NAT_DETECTED, object + SUPPORTED_CONN_REQ_METHODS);
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        Map<String, String> answer = new HashMap<>();
        if (objectPath.equals(object)) {
            for (String name : parameterNames) {
                String v = values.get(name);
                if (v != null) {
                    answer.put(name, v);
                }
            }
        }
        return Outcome.success(answer);
    }

    public String value(String name) {
        return values.get(name);
    }

    public void setConnectionRequestUrl(String url) {
        set(CONNECTION_REQUEST_URL, url);
    }

    public void setUdpConnectionRequestAddress(String hostPort) {
        set(UDP_CONNECTION_REQUEST_ADDRESS, hostPort);
    }

    public void setNatDetected(boolean detected) {
        set(NAT_DETECTED, Boolean.toString(detected));
    }

    public void setSupportedMethods(String csv) {
        set(SUPPORTED_CONN_REQ_METHODS, csv);
    }

    private void set(String name, String value) {
        String old = values.put(name, value);
        if (!Objects.equals(old, value)) {
            fireValueChanged(object + name);
        }
    }
}
