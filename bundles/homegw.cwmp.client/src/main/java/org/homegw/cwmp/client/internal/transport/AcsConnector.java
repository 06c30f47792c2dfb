package org.homegw.cwmp.client.internal.transport;

/** Opens the HTTP side of a session; the seam between the session runner and HttpClient. */
@FunctionalInterface
public interface AcsConnector {
    AcsExchange open(AcsEndpoint endpoint) throws TransportException;
}
