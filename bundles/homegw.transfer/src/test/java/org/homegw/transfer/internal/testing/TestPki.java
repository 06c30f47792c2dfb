package org.homegw.transfer.internal.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away CA (test scope, Bouncy Castle) and certificates for TLS tests, made with Bouncy Castle. */
public final class TestPki {

    public record Issued(KeyPair keys, X509Certificate cert, X509Certificate issuer) {
        /** A key store holding this certificate's key and chain. */
        KeyStore keyStore(char[] password) throws Exception {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("key", keys.getPrivate(), password, new java.security.cert.Certificate[] {cert, issuer});
            return ks;
        }

        public SSLContext serverContext(X509Certificate trustedClientCa) throws Exception {
            char[] pw = "pw".toCharArray();
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore(pw), pw);
            TrustManagerFactory tmf = null;
            if (trustedClientCa != null) {
                KeyStore ts = KeyStore.getInstance("PKCS12");
                ts.load(null, null);
                ts.setCertificateEntry("ca", trustedClientCa);
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(ts);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
            return ctx;
        }

        void writePkcs12(Path file, String password) throws Exception {
            try (OutputStream out = Files.newOutputStream(file)) {
                keyStore(password.toCharArray()).store(out, password.toCharArray());
            }
        }
    }

    public final KeyPair caKeys;
    public final X509Certificate ca;
    private long serial = 2;

    // Signature checks run against the tests' fixed clocks (2026-11-27T08:00Z …) while TLS checks run
    // against the real time: the validity must cover both, on any day the build runs.
    private static final Date NOT_BEFORE = Date.from(Instant.parse("2000-01-01T00:00:00Z"));

    private static Date notAfter() {
        return Date.from(Instant.now().plus(Duration.ofDays(3650)));
    }

    public TestPki(String caName) throws Exception {
        caKeys = keys();
        X500Name name = new X500Name("CN=" + caName);
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                NOT_BEFORE, notAfter(),
                name, caKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        ca = sign(b);
    }

    /** An end-entity certificate for the given IP addresses and DNS names. */
    public Issued issue(String cn, List<String> ips, List<String> dnsNames) throws Exception {
        KeyPair kp = keys();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca, BigInteger.valueOf(serial++),
                NOT_BEFORE, notAfter(),
                new X500Name("CN=" + cn), kp.getPublic());
        GeneralName[] names = new GeneralName[ips.size() + dnsNames.size()];
        int i = 0;
        for (String ip : ips) {
            names[i++] = new GeneralName(GeneralName.iPAddress, ip);
        }
        for (String dns : dnsNames) {
            names[i++] = new GeneralName(GeneralName.dNSName, dns);
        }
        if (names.length > 0) {
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        }
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        return new Issued(kp, sign(b), ca);
    }

    public Path writeCaPem(Path file) throws IOException {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(ca);
        }
        Files.writeString(file, sw.toString());
        return file;
    }

    private X509Certificate sign(JcaX509v3CertificateBuilder b) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }
}
