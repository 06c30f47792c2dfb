package org.homegw.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.homegw.labacs.LabAcsConfig;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.testkit.TestPki;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * What the transfer tests run against: one gateway (the lab ACS serves and receives the files) that
 * requires signed firmware (CMS, trust anchor = a throw-away CA) and gives a new image one trial boot;
 * a Digest-protected file server; two HTTPS file servers, one with a certificate the gateway trusts and
 * one of another CA; and a pyftpdlib FTP server. All file servers serve the same folder.
 *
 * <p>Started once for {@link TransferIT}, the suite of every transfer test class; a class run on its
 * own starts it for itself ({@link #apply} does nothing while it already runs).
 */
final class TransferLab implements TestRule {

    static final String TRANSFER_PID = "org.homegw.transfer";
    static final String FIRMWARE_PID = "org.homegw.transfer.firmware";
    static final String PROTECTED_USER = "files";
    static final String PROTECTED_PASSWORD = "f1les-e2e";

    private final TemporaryFolder dirs = new TemporaryFolder();
    private final FirmwareSigner signer = FirmwareSigner.create("homegw e2e firmware");
    private final TestPki fileServerCa = new TestPki("homegw e2e file servers");
    private final LabFileServer protectedServer = new LabFileServer(() -> LabAcsConfig.builder()
            .fileAuth(AuthPolicy.digest(PROTECTED_USER, PROTECTED_PASSWORD)).filesDir(dir("files")));
    private final PyFtpServer ftp = new PyFtpServer(() -> dir("ftp"));
    private final LabFileServer trustedTls = new LabFileServer(() -> LabAcsConfig.builder()
            .tls(loopbackServer(fileServerCa)).filesDir(dir("files")));
    private final LabFileServer foreignTls = new LabFileServer(() -> LabAcsConfig.builder()
            .tls(loopbackServer(new TestPki("someone else's CA"))).filesDir(dir("files")));
    private final E2eGateway gateway = E2eGateway
            .with(acs -> acs.filesDir(dir("files")).uploadsDir(dir("uploads")))
            .configuration(TRANSFER_PID, this::transferSettings)
            .configuration(FIRMWARE_PID, () -> Map.of("maxTrialBoots", "1"));
    private final RuleChain rules = RuleChain.outerRule(dirs).around(protectedServer).around(ftp).around(trustedTls)
            .around(foreignTls).around(gateway);
    private volatile boolean running;

    @Override
    public Statement apply(Statement base, Description description) {
        Statement whileRunning = new Statement() {
            @Override
            public void evaluate() throws Throwable {
                running = true;
                try {
                    base.evaluate();
                } finally {
                    running = false;
                }
            }
        };
        Statement started = rules.apply(whileRunning, description);
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                if (running) {
                    base.evaluate();
                } else {
                    started.evaluate();
                }
            }
        };
    }

    E2eGateway gateway() {
        return gateway;
    }

    FirmwareSigner signer() {
        return signer;
    }

    PyFtpServer ftp() {
        return ftp;
    }

    /** A file on the Digest-protected server ({@link #PROTECTED_USER}, {@link #PROTECTED_PASSWORD}). */
    String protectedUrl(String name) {
        return protectedServer.url(name);
    }

    /** A file over HTTPS with a certificate the gateway trusts, naming only 127.0.0.1. */
    String trustedTlsUrl(String name) {
        return trustedTls.url(name);
    }

    /** A file over HTTPS with a certificate of a CA the gateway does not know. */
    String foreignTlsUrl(String name) {
        return foreignTls.url(name);
    }

    /** The transfer manager's settings the gateway starts with. */
    Map<String, String> transferSettings() {
        return Map.of("trustAnchors", fileServerCa.writeCaPem(dir("pki").resolve("file-server-ca.pem")).toString(),
                "firmwareTrustAnchors", signer.writeCaPem(dir("pki").resolve("firmware-ca.pem")).toString(),
                "requireSignedFirmware", "true", "readTimeoutSeconds", "10", "connectTimeoutSeconds", "5",
                "windowRetryDelaySeconds", "2");
    }

    /** A folder of the lab (created when missing): "files" is what the file servers serve, "ftp" the FTP root. */
    Path dir(String name) {
        Path d = dirs.getRoot().toPath().resolve(name);
        try {
            return Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file server's TLS context: a certificate from {@code ca} naming only 127.0.0.1 (not "localhost"). */
    private static SSLContext loopbackServer(TestPki ca) {
        return ca.serverCert(List.of("127.0.0.1")).sslContext();
    }
}
