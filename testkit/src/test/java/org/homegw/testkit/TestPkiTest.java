package org.homegw.testkit;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TestPkiTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ExecutorService server = Executors.newSingleThreadExecutor();

    @After
    public void stopServer() {
        server.shutdownNow();
    }

    @Test
    public void certificates_are_valid_at_a_fixed_test_time_and_at_the_real_time() throws Exception {
        Instant fixed = Instant.parse("2019-03-01T00:00:00Z");
        TestPki pki = new TestPki("Fixed CA", new SettableClock(fixed));
        for (X509Certificate c : List.of(pki.ca(), pki.codeSigningCert("signer").cert())) {
            c.checkValidity(Date.from(fixed));
            c.checkValidity();
        }
    }

    @Test
    public void server_certificate_passes_https_host_name_checks_for_127_0_0_1_only_with_a_trusting_client()
            throws Exception {
        TestPki pki = new TestPki("TLS CA");
        assertEquals("hello", handshake(pki.serverCert().sslContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress()), TestPki.trusting(pki.ca())));
        assertThrows(SSLHandshakeException.class, () -> handshake(pki.serverCert().sslContext()
                .getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress()),
                TestPki.trusting(new TestPki("Other CA").ca())));
    }

    @Test
    public void client_certificate_is_accepted_by_a_server_that_requires_one() throws Exception {
        TestPki pki = new TestPki("TLS CA");
        SSLServerSocket listener = (SSLServerSocket) pki.serverCert().sslContext(pki.ca()).getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        listener.setNeedClientAuth(true);
        assertEquals("hello", handshake(listener, pki.clientCert("SN0001").sslContext(pki.ca())));
    }

    @Test
    public void cms_signature_verifies_with_the_signer_certificate_it_carries() throws Exception {
        Issued signer = new TestPki("Firmware CA").codeSigningCert("firmware signer");
        byte[] content = "image".getBytes(StandardCharsets.US_ASCII);
        CMSSignedData cms = new CMSSignedData(signer.signCms(content));
        assertArrayEquals(content, (byte[]) cms.getSignedContent().getContent());
        SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder carried = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID())
                .iterator().next();
        assertArrayEquals(signer.cert().getEncoded(), carried.getEncoded());
        assertTrue(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer.cert())));
    }

    @Test
    public void signed_jar_entries_carry_the_signer_and_ca_chain() throws Exception {
        TestPki pki = new TestPki("Bundle CA");
        Issued signer = pki.codeSigningCert("bundle signer");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar)) {
            out.putNextEntry(new JarEntry("a.txt"));
            out.write(1);
        }
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(signer.signJar(jar.toByteArray())))) {
            JarEntry e;
            while ((e = in.getNextJarEntry()) != null && !e.getName().equals("a.txt")) {
                in.readAllBytes();
            }
            assertNotNull(e);
            in.readAllBytes();
            assertEquals(List.of(signer.cert(), pki.ca()), List.of(e.getCertificates()));
        }
    }

    @Test
    public void ca_pem_and_pkcs12_files_read_back() throws Exception {
        TestPki pki = new TestPki("File CA");
        Path pem = pki.writeCaPem(tmp.getRoot().toPath().resolve("ca.pem"));
        try (InputStream in = java.nio.file.Files.newInputStream(pem)) {
            assertEquals(pki.ca(), CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        Issued client = pki.clientCert("SN0001");
        Path p12 = client.writePkcs12(tmp.getRoot().toPath().resolve("client.p12"), "changeit");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(p12)) {
            ks.load(in, "changeit".toCharArray());
        }
        assertEquals(client.cert(), ks.getCertificate("key"));
        assertEquals(2, ks.getCertificateChain("key").length);
    }

    /** Accepts one connection that answers "hello"; the client checks the host name as HTTPS does. */
    private String handshake(java.net.ServerSocket listener, javax.net.ssl.SSLContext client) throws Exception {
        try (listener) {
            Future<?> served = server.submit(() -> {
                try (SSLSocket s = (SSLSocket) listener.accept(); OutputStream out = s.getOutputStream()) {
                    out.write("hello".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException expectedWhenTheClientRefuses) {
                    // the client's handshake failure is what the test asserts
                }
                return null;
            });
            try (SSLSocket s = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", listener.getLocalPort())) {
                SSLParameters p = s.getSSLParameters();
                p.setEndpointIdentificationAlgorithm("HTTPS");
                s.setSSLParameters(p);
                String answer = new String(s.getInputStream().readNBytes(5), StandardCharsets.US_ASCII);
                served.get();
                return answer;
            }
        }
    }
}
