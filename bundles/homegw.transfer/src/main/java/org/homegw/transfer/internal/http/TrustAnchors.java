package org.homegw.transfer.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Trust anchors for file servers: a PEM file of the device configuration, or the JVM's system trust
 * store when none is configured. A configured file that cannot be read is an error, never a silent
 * fallback.
 */
public final class TrustAnchors {

    private TrustAnchors() {
    }

    /** The certificates of a PEM file (one or more). */
    public static List<X509Certificate> read(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (certs.isEmpty()) {
                throw new GeneralSecurityException("no certificate in trust anchor file " + pem);
            }
            return certs;
        }
    }

    /**
     * The socket factory of {@link #sslContext}, built at the first HTTPS transfer and then kept: until
     * then the JDK's TLS classes and its trust store are not loaded (an HTTP-only gateway never loads
     * them; at start this was some 160 classes and the parsed system trust store). A configured PEM file
     * is read here at once, so a missing or unreadable one still fails at activation.
     */
    public static FileServerClient.TlsSource lazySocketFactory(Optional<Path> pem)
            throws IOException, GeneralSecurityException {
        if (pem.isPresent()) {
            read(pem.get());
        }
        return new FileServerClient.TlsSource() {
            private SSLSocketFactory factory;

            @Override
            public synchronized SSLSocketFactory socketFactory() throws IOException, GeneralSecurityException {
                if (factory == null) { // a failure is not kept: the next transfer tries again
                    factory = sslContext(pem).getSocketFactory();
                }
                return factory;
            }
        };
    }

    /** An SSLContext trusting the PEM file's certificates, or the system trust store. */
    public static SSLContext sslContext(Optional<Path> pem) throws IOException, GeneralSecurityException {
        SSLContext ctx = SSLContext.getInstance("TLS");
        if (pem.isEmpty()) {
            ctx.init(null, null, null);
            return ctx;
        }
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        int i = 0;
        for (X509Certificate c : read(pem.get())) {
            anchors.setCertificateEntry("anchor-" + i++, c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchors);
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
