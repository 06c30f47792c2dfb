package org.homegw.swmod.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jdk.security.jarsigner.JarSigner;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away code-signing CA made with Bouncy Castle at test time, and JARs signed the way
 * jarsigner signs them (the JDK's {@link JarSigner} API), plus ways to tamper with a signed JAR.
 */
final class SigningPki {

    // valid around the tests' fixed clock (2026-11-27) and the real time alike
    private static final Date NOT_BEFORE = Date.from(Instant.parse("2000-01-01T00:00:00Z"));
    private static final Date NOT_AFTER = Date.from(Instant.parse("2099-01-01T00:00:00Z"));

    private final KeyPair caKeys;
    final X509Certificate ca;
    private final KeyPair signerKeys;
    private final X509Certificate signer;

    SigningPki(String name) throws Exception {
        caKeys = keys();
        X500Name caName = new X500Name("CN=" + name + " CA");
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, NOT_BEFORE, NOT_AFTER,
                caName, caKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign));
        ca = sign(b);
        signerKeys = keys();
        JcaX509v3CertificateBuilder s = new JcaX509v3CertificateBuilder(ca, BigInteger.TWO, NOT_BEFORE, NOT_AFTER,
                new X500Name("CN=" + name + " bundle signer"), signerKeys.getPublic());
        s.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        s.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        signer = sign(s);
    }

    /** The CA certificate as a PEM file: the device's bundle trust anchors. */
    Path writeCaPem(Path file) throws IOException {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(ca);
        }
        Files.writeString(file, sw.toString());
        return file;
    }

    /** {@code jar} signed by this CA's signer; the signature block carries signer and CA certificates. */
    byte[] sign(byte[] jar, Path tmpDir) throws Exception {
        Path unsigned = Files.createTempFile(tmpDir, "unsigned-", ".jar");
        Files.write(unsigned, jar);
        JarSigner js = new JarSigner.Builder(signerKeys.getPrivate(),
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(signer, ca)))
                .digestAlgorithm("SHA-256").signatureAlgorithm("SHA256withECDSA").signerName("HOMEGW").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(unsigned.toFile())) {
            js.sign(in, out);
        }
        Files.delete(unsigned);
        return out.toByteArray();
    }

    /** The jar with one entry's bytes replaced ({@code content} null: entry removed); others copied as they are. */
    static byte[] replaceEntry(byte[] jar, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    if (content == null) {
                        continue;
                    }
                    data = content;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The jar with one more entry at the end. */
    static byte[] addEntry(byte[] jar, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** One entry's bytes. */
    static byte[] entry(byte[] jar, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no entry " + name);
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
