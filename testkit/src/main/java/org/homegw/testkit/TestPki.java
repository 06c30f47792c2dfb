package org.homegw.testkit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority for tests, made with Bouncy Castle: TLS server certificates
 * for 127.0.0.1/localhost, client certificates, code-signing certificates (see
 * {@link Issued#signCms} and {@link Issued#signJar}), and the CA as a PEM file of trust anchors.
 *
 * <p>Every certificate is valid from a day before to a year after both the given clock's time and the
 * real time: code under test checks validity against its injected (often fixed) clock, while the
 * JDK's TLS stack checks against the real time, and neither may break on the day the build runs.
 * Keys are EC P-256, signatures SHA256withECDSA. Failures are unchecked: this is test set-up.
 */
public final class TestPki {

    private static final String SIGNATURE = "SHA256withECDSA";

    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final Date notBefore;
    private final Date notAfter;
    private final AtomicLong serial = new AtomicLong(1);

    /** A CA named {@code CN=caName}, its certificates valid around the real time. */
    public TestPki(String caName) {
        this(caName, Clock.systemUTC());
    }

    /** A CA named {@code CN=caName}, its certificates valid around {@code clock}'s time and the real time. */
    public TestPki(String caName, Clock clock) {
        Instant real = Instant.now();
        Instant test = clock.instant();
        notBefore = Date.from((test.isBefore(real) ? test : real).minus(Duration.ofDays(1)));
        notAfter = Date.from((test.isAfter(real) ? test : real).plus(Duration.ofDays(365)));
        caKeys = newKeys();
        X500Name name = new X500Name("CN=" + caName);
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, nextSerial(), notBefore, notAfter, name,
                caKeys.getPublic());
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot make the test CA", e);
        }
        ca = sign(b);
    }

    /** The CA certificate (the trust anchor). */
    public X509Certificate ca() {
        return ca;
    }

    /** A TLS server certificate for 127.0.0.1 and localhost. */
    public Issued serverCert() {
        return serverCert(List.of("127.0.0.1", "localhost"));
    }

    /** A TLS server certificate for {@code hosts} (IP literals and DNS names; the first is also the CN). */
    public Issued serverCert(List<String> hosts) {
        return issue(hosts.get(0), hosts, KeyPurposeId.id_kp_serverAuth);
    }

    /** A TLS client certificate for {@code cn} (a CPE's serial number, say). */
    public Issued clientCert(String cn) {
        return issue(cn, List.of(), KeyPurposeId.id_kp_clientAuth);
    }

    /** A code-signing certificate for {@code cn}: firmware images, signed JARs. */
    public Issued codeSigningCert(String cn) {
        return issue(cn, List.of(), KeyPurposeId.id_kp_codeSigning);
    }

    /** Writes the CA certificate as PEM (a device's trust-anchor file) and returns {@code file}. */
    public Path writeCaPem(Path file) {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(ca);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.writeString(file, sw.toString(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A TLS context with no certificate of its own that trusts only {@code anchors}. */
    public static SSLContext trusting(X509Certificate... anchors) {
        return Issued.context(null, anchors);
    }

    private Issued issue(String cn, List<String> hosts, KeyPurposeId purpose) {
        KeyPair keys = newKeys();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca, nextSerial(), notBefore, notAfter,
                new X500Name("CN=" + cn), keys.getPublic());
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            // digitalSignature for ECDHE/ECDSA handshakes and for signatures; keyAgreement for static ECDH
            b.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            if (!hosts.isEmpty()) {
                List<GeneralName> names = new ArrayList<>();
                for (String host : hosts) {
                    names.add(new GeneralName(isIpLiteral(host) ? GeneralName.iPAddress : GeneralName.dNSName, host));
                }
                b.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(GeneralName[]::new)));
            }
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot make a test certificate for " + cn, e);
        }
        return new Issued(keys, sign(b), ca);
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private BigInteger nextSerial() {
        return BigInteger.valueOf(serial.getAndIncrement());
    }

    private X509Certificate sign(JcaX509v3CertificateBuilder b) {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(SIGNATURE).build(caKeys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign a test certificate", e);
        }
    }

    private static KeyPair newKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no EC P-256 key generator", e);
        }
    }

    /** A trust store holding {@code anchors}. */
    static KeyStore trustStore(X509Certificate... anchors) throws GeneralSecurityException, IOException {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        for (int i = 0; i < anchors.length; i++) {
            ts.setCertificateEntry("ca" + i, anchors[i]);
        }
        return ts;
    }

    static TrustManagerFactory trustManagers(X509Certificate... anchors) throws GeneralSecurityException, IOException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore(anchors));
        return tmf;
    }
}
