package org.homegw.cwmp.client.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * How HTTPS to the ACS is verified: trust anchors from a PEM file of the device configuration (the
 * JVM's system trust store when none is given), and an optional PKCS#12 client certificate.
 * Host names are always verified and TLS below 1.2 is never offered.
 */
public record TlsSettings(Optional<Path> trustAnchorsPem, Optional<Path> clientKeyStore, String clientKeyStorePassword) {

    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    public TlsSettings {
        clientKeyStorePassword = clientKeyStorePassword == null ? "" : clientKeyStorePassword;
    }

    public static TlsSettings systemDefault() {
        return new TlsSettings(Optional.empty(), Optional.empty(), "");
    }

    /** Builds the SSLContext; a missing or unreadable file is an error, not a silent fallback. */
    public SSLContext sslContext() throws IOException, GeneralSecurityException {
        TrustManager[] trust = null;
        if (trustAnchorsPem.isPresent()) {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            Collection<? extends Certificate> certs;
            try (InputStream in = Files.newInputStream(trustAnchorsPem.get())) {
                certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
            if (certs.isEmpty()) {
                throw new GeneralSecurityException("no certificate in trust anchor file " + trustAnchorsPem.get());
            }
            int i = 0;
            for (Certificate c : certs) {
                anchors.setCertificateEntry("anchor-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            trust = tmf.getTrustManagers();
        }
        KeyManager[] keys = null;
        if (clientKeyStore.isPresent()) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(clientKeyStore.get())) {
                ks.load(in, clientKeyStorePassword.toCharArray());
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, clientKeyStorePassword.toCharArray());
            keys = kmf.getKeyManagers();
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(keys, trust, null);
        return ctx;
    }
}
