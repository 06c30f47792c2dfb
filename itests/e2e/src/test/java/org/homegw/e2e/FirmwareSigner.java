package org.homegw.e2e;

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
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A throw-away firmware signing CA and signer, and firmware images in the default installer's
 * format ({@code HOMEGW-FIRMWARE <version>} + payload) signed the way
 * {@code openssl cms -sign -binary -nodetach -outform DER} signs them (the format the transfer
 * bundle's README documents).
 */
final class FirmwareSigner {

    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final KeyPair signerKeys;
    private final X509Certificate signer;
    private long serial = 1;

    private FirmwareSigner(String name) throws GeneralSecurityException, OperatorCreationException, IOException {
        caKeys = keys();
        X500Name caName = new X500Name("CN=" + name + " CA");
        JcaX509v3CertificateBuilder cb = new JcaX509v3CertificateBuilder(caName, BigInteger.valueOf(serial++),
                notBefore(), notAfter(), caName, caKeys.getPublic());
        cb.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        cb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign));
        ca = sign(cb);
        signerKeys = keys();
        JcaX509v3CertificateBuilder sb = new JcaX509v3CertificateBuilder(ca, BigInteger.valueOf(serial++),
                notBefore(), notAfter(), new X500Name("CN=" + name + " signer"), signerKeys.getPublic());
        sb.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        sb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        signer = sign(sb);
    }

    static FirmwareSigner create(String name) {
        try {
            return new FirmwareSigner(name);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a test signing CA", e);
        }
    }

    /** Writes the CA certificate as PEM (the device's firmware trust anchors). */
    Path writeCaPem(Path file) {
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

    /** An unsigned image: header line and {@code payloadBytes} of seeded random payload. */
    static byte[] image(String version, int payloadBytes) {
        byte[] header = ("HOMEGW-FIRMWARE " + version + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] image = new byte[header.length + payloadBytes];
        System.arraycopy(header, 0, image, 0, header.length);
        byte[] payload = new byte[payloadBytes];
        new Random(version.hashCode()).nextBytes(payload);
        System.arraycopy(payload, 0, image, header.length, payloadBytes);
        return image;
    }

    /** A DER CMS SignedData with the image encapsulated, signed by this CA's signer. */
    byte[] signed(byte[] image) {
        try {
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signerKeys.getPrivate()), signer));
            gen.addCertificates(new JcaCertStore(List.of(signer)));
            return gen.generate(new CMSProcessableByteArray(image), true).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign a test image", e);
        }
    }

    /**
     * A signed package whose encapsulated image was changed after signing (one payload byte near the
     * end flipped): the signature no longer matches.
     */
    byte[] tampered(byte[] image) {
        byte[] pkg = signed(image);
        byte[] last = java.util.Arrays.copyOfRange(image, image.length - 16, image.length);
        int at = indexOf(pkg, last);
        if (at < 0) {
            throw new IllegalStateException("image bytes not found in the package");
        }
        pkg[at + 8] ^= 0x01;
        return pkg;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private X509Certificate sign(JcaX509v3CertificateBuilder b) throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofDays(1)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(Duration.ofDays(365)));
    }
}
