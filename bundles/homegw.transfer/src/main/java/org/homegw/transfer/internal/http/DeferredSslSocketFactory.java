package org.homegw.transfer.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * An SSLSocketFactory whose SSLContext is made when the first TLS connection needs it, not when the
 * transfer components activate: the first SSLContext of a JVM loads the JDK's trust store and the TLS
 * classes (some 50-90 ms of CPU on the 2-core target), which would otherwise be spent before the
 * gateway's first Inform by a device that may never download over https. Made once; a failure to
 * make it fails that connection (an {@link SSLException}) and is tried again by the next one.
 */
final class DeferredSslSocketFactory extends SSLSocketFactory {

    /** Makes the real factory; may read files and fail. */
    interface Maker {
        SSLSocketFactory make() throws IOException, GeneralSecurityException;
    }

    private final Maker maker;
    private SSLSocketFactory made; // guarded by this

    DeferredSslSocketFactory(Maker maker) {
        this.maker = maker;
    }

    private synchronized SSLSocketFactory factory() throws SSLException {
        if (made == null) {
            try {
                made = maker.make();
            } catch (IOException | GeneralSecurityException e) {
                throw new SSLException("cannot set up TLS: " + e.getMessage(), e);
            }
        }
        return made;
    }

    private String[] suites(boolean supported) {
        try {
            return supported ? factory().getSupportedCipherSuites() : factory().getDefaultCipherSuites();
        } catch (SSLException e) {
            return new String[0];
        }
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return suites(false);
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return suites(true);
    }

    @Override
    public Socket createSocket() throws IOException {
        return factory().createSocket();
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return factory().createSocket(s, host, port, autoClose);
    }

    @Override
    public Socket createSocket(Socket s, InputStream consumed, boolean autoClose) throws IOException {
        return factory().createSocket(s, consumed, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return factory().createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return factory().createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return factory().createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return factory().createSocket(address, port, localAddress, localPort);
    }
}
