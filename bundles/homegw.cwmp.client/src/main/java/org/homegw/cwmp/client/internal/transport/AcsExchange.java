package org.homegw.cwmp.client.internal.transport;

import java.io.Closeable;

/**
 * The HTTP side of one CWMP session: successive POSTs over one persistent connection, with the
 * session's cookies and authentication state. Closing it ends the session's connection.
 */
public interface AcsExchange extends Closeable {

    /** POSTs the body (empty = empty POST) and returns the ACS's answer. */
    AcsReply post(OutgoingBody body) throws TransportException;

    @Override
    void close();
}
