package org.homegw.cwmp.client.internal.transport;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The TLS strategy of a client built for an http ACS URL: HttpClient's connection pool would
 * otherwise make its default strategy at once, and with it the JVM's first SSLContext (the JDK's trust
 * store and TLS classes, some 50-90 ms of CPU on the 2-core target) before the first Inform, for
 * connections that never use TLS. Made, as the https client's would be, if a connection ever asks.
 */
final class DeferredTlsStrategy implements TlsSocketStrategy {

    /** Makes the real strategy. */
    interface Maker {
        TlsSocketStrategy make() throws TransportException;
    }

    private final Maker maker;
    private TlsSocketStrategy made; // guarded by this

    DeferredTlsStrategy(Maker maker) {
        this.maker = maker;
    }

    private synchronized TlsSocketStrategy strategy() throws SSLException {
        if (made == null) {
            try {
                made = maker.make();
            } catch (TransportException e) {
                throw new SSLException(e.getMessage(), e);
            }
        }
        return made;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return strategy().upgrade(socket, target, port, attachment, context);
    }
}
