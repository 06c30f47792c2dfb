package org.homegw.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.zip.ZipFile;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import jdk.security.jarsigner.JarSigner;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A certificate a {@link TestPki} issued, with its key: as a key store, a TLS context, or a signer.
 *
 * @param keys the certificate's key pair
 * @param cert the certificate
 * @param issuer the CA certificate that signed it
 */
public record Issued(KeyPair keys, X509Certificate cert, X509Certificate issuer) {

    private static final char[] CONTEXT_PASSWORD = "test".toCharArray();

    /** The chain a peer is sent: this certificate, then its CA. */
    public List<X509Certificate> chain() {
        return List.of(cert, issuer);
    }

    /** A PKCS#12 key store with this key and chain under alias {@code key}. */
    public KeyStore keyStore(char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("key", keys.getPrivate(), password, chain().toArray(Certificate[]::new));
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make a test key store", e);
        }
    }

    /** Writes {@link #keyStore} to {@code file} (a device's client-certificate file, say). */
    public Path writePkcs12(Path file, String password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore(password.toCharArray()).store(out, password.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write a test key store", e);
        }
        return file;
    }

    /**
     * A TLS context presenting this certificate. With {@code trustedPeerCas} it also verifies the peer
     * (a server then asks for client certificates only if its socket is told to); without, it uses the
     * JDK's default trust.
     */
    public SSLContext sslContext(X509Certificate... trustedPeerCas) {
        return context(this, trustedPeerCas);
    }

    /**
     * A DER CMS SignedData with {@code content} encapsulated and this certificate included, as
     * {@code openssl cms -sign -binary -nodetach -outform DER} makes it.
     */
    public byte[] signCms(byte[] content) {
        try {
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()), cert));
            gen.addCertificates(new JcaCertStore(List.of(cert)));
            return gen.generate(new CMSProcessableByteArray(content), true).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign test content", e);
        }
    }

    /**
     * {@code jar} signed as {@code jarsigner} signs it (the JDK's {@link JarSigner}, SHA-256, signer
     * name {@code HOMEGW}); the signature block carries this certificate and its CA.
     */
    public byte[] signJar(byte[] jar) {
        try {
            // JarSigner reads a ZipFile: stage the bytes in a temporary file, removed at once
            Path unsigned = Files.createTempFile("homegw-testkit-", ".jar");
            try {
                Files.write(unsigned, jar);
                JarSigner signer = new JarSigner.Builder(keys.getPrivate(),
                        CertificateFactory.getInstance("X.509").generateCertPath(chain()))
                        .digestAlgorithm("SHA-256").signatureAlgorithm("SHA256withECDSA").signerName("HOMEGW").build();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ZipFile in = new ZipFile(unsigned.toFile())) {
                    signer.sign(in, out);
                }
                return out.toByteArray();
            } finally {
                Files.deleteIfExists(unsigned);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test jar", e);
        }
    }

    static SSLContext context(Issued own, X509Certificate... trusted) {
        try {
            KeyManagerFactory kmf = null;
            if (own != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(own.keyStore(CONTEXT_PASSWORD), CONTEXT_PASSWORD);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(),
                    trusted.length == 0 ? null : TestPki.trustManagers(trusted).getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make a test TLS context", e);
        }
    }
}
