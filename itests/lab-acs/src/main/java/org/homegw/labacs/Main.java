package org.homegw.labacs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.auth.DigestAlgorithm;

/**
 * Runs the lab ACS by hand: {@code java -jar homegw.lab-acs-<version>-all.jar --port 7557 --files DIR}.
 * Runs until interrupted (Ctrl-C / SIGTERM). See README.md for every option.
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: java -jar homegw.lab-acs-all.jar [options]",
            "  --bind ADDR              listen address (default 127.0.0.1)",
            "  --port N                 port (default 7557; 0 = any free port)",
            "  --files DIR              serve DIR for Download at /files/",
            "  --uploads DIR            store Uploads (PUT/POST) in DIR at /upload/",
            "  --username U --password P  devices must authenticate (Digest unless --auth basic)",
            "  --auth digest|digest-md5|digest-sha256|basic  device authentication scheme",
            "                           (digest offers SHA-256 then MD5; the others offer one)",
            "  --file-username U --file-password P  protect /files/ and /upload/ (Digest)",
            "  --cr-username U --cr-password P  Connection Request credentials for every device",
            "  --allow-remote-cr        allow Connection Requests to non-loopback devices",
            "  --max-envelopes N        MaxEnvelopes in the InformResponse (default 1)",
            "  --pipeline N             send up to N requests per HTTP response, whatever the CPE's MaxEnvelopes",
            "  --close-connections      answer every POST with Connection: close (cookies must carry the session)",
            "  --cwmp-1-0-only          behave as a legacy ACS that speaks only cwmp-1-0",
            "  --session-timeout S      end a silent session after S seconds (default 60, minimum 30)",
            "  --gzip                   gzip CWMP answers for CPEs that accept it",
            "  --tls-keystore F --tls-password P  serve HTTPS with the key and chain in PKCS#12 file F",
            "  --tls-client-ca F        with TLS: require client certificates issued by the CA(s) in F",
            "  --help");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        LabAcsConfig config;
        try {
            config = parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("lab-acs: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.println(USAGE);
            return;
        }
        LabAcs acs = LabAcs.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            acs.close();
            stopped.countDown();
        }, "lab-acs-shutdown"));
        PrintStream out = System.out;
        out.println("lab ACS: ACS URL " + acs.url());
        out.println("lab ACS: command interface " + acs.baseUri().resolve("/api/devices"));
        if (config.filesDir() != null) {
            out.println("lab ACS: downloads " + acs.baseUri().resolve(LabAcsConfig.FILES_PATH) + " from " + config.filesDir());
        }
        if (config.uploadsDir() != null) {
            out.println("lab ACS: uploads " + acs.baseUri().resolve(LabAcsConfig.UPLOAD_PATH) + " into " + config.uploadsDir());
        }
        stopped.await();
    }

    /** The configuration the arguments ask for; null for --help. */
    static LabAcsConfig parse(List<String> args) {
        LabAcsConfig.Builder b = LabAcsConfig.builder().port(7557);
        String user = null;
        String pass = null;
        String scheme = "digest";
        String fileUser = null;
        String filePass = null;
        String crUser = null;
        String crPass = null;
        Path tlsKeystore = null;
        String tlsPassword = null;
        Path clientCa = null;
        List<String> rest = new ArrayList<>(args);
        Iterator<String> it = rest.iterator();
        while (it.hasNext()) {
            String a = it.next();
            switch (a) {
                case "--help":
                case "-h":
                    return null;
                case "--bind":
                    b.bindAddress(value(it, a));
                    break;
                case "--port":
                    b.port(integer(value(it, a), a, 0, 65535));
                    break;
                case "--files":
                    b.filesDir(directory(value(it, a), a));
                    break;
                case "--uploads":
                    b.uploadsDir(directory(value(it, a), a));
                    break;
                case "--username":
                    user = value(it, a);
                    break;
                case "--password":
                    pass = value(it, a);
                    break;
                case "--auth":
                    scheme = value(it, a);
                    if (!List.of("digest", "digest-md5", "digest-sha256", "basic").contains(scheme)) {
                        throw new IllegalArgumentException("--auth must be digest, digest-md5, digest-sha256 or basic");
                    }
                    break;
                case "--file-username":
                    fileUser = value(it, a);
                    break;
                case "--file-password":
                    filePass = value(it, a);
                    break;
                case "--cr-username":
                    crUser = value(it, a);
                    break;
                case "--cr-password":
                    crPass = value(it, a);
                    break;
                case "--allow-remote-cr":
                    b.allowRemoteConnectionRequests(true);
                    break;
                case "--max-envelopes":
                    b.maxEnvelopes(integer(value(it, a), a, 1, 1024));
                    break;
                case "--pipeline":
                    b.pipelineDepth(integer(value(it, a), a, 1, 1024));
                    break;
                case "--close-connections":
                    b.closeConnections(true);
                    break;
                case "--tls-keystore":
                    tlsKeystore = file(value(it, a), a);
                    break;
                case "--tls-password":
                    tlsPassword = value(it, a);
                    break;
                case "--tls-client-ca":
                    clientCa = file(value(it, a), a);
                    break;
                case "--gzip":
                    b.gzipResponses(true);
                    break;
                case "--cwmp-1-0-only":
                    b.onlyCwmp10();
                    break;
                case "--session-timeout":
                    b.sessionTimeout(Duration.ofSeconds(integer(value(it, a), a, 30, 86_400)));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if ((user == null) != (pass == null)) {
            throw new IllegalArgumentException("--username and --password go together");
        }
        if (user != null) {
            b.deviceAuth(switch (scheme) {
                case "basic" -> AuthPolicy.basic(user, pass);
                case "digest-md5" -> AuthPolicy.digest(user, pass, List.of(DigestAlgorithm.MD5));
                case "digest-sha256" -> AuthPolicy.digest(user, pass, List.of(DigestAlgorithm.SHA_256));
                default -> AuthPolicy.digest(user, pass);
            });
        }
        if ((fileUser == null) != (filePass == null)) {
            throw new IllegalArgumentException("--file-username and --file-password go together");
        }
        if (fileUser != null) {
            b.fileAuth(AuthPolicy.digest(fileUser, filePass));
        }
        if ((crUser == null) != (crPass == null)) {
            throw new IllegalArgumentException("--cr-username and --cr-password go together");
        }
        if (crUser != null) {
            b.connectionRequestCredentials(new Credentials(crUser, crPass));
        }
        if (tlsKeystore == null && (tlsPassword != null || clientCa != null)) {
            throw new IllegalArgumentException("--tls-password and --tls-client-ca need --tls-keystore");
        }
        if (tlsKeystore != null) {
            try {
                b.tls(TlsContexts.server(tlsKeystore, tlsPassword == null ? new char[0] : tlsPassword.toCharArray(),
                        clientCa));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalArgumentException("cannot use " + tlsKeystore + ": " + e.getMessage());
            }
            b.requireClientCertificate(clientCa != null);
        }
        return b.build();
    }

    private static Path file(String v, String option) {
        Path p = Path.of(v).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(option + " " + v + " is not a file");
        }
        return p;
    }

    private static String value(Iterator<String> it, String option) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }

    private static int integer(String v, String option, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number: " + v);
        }
    }

    private static Path directory(String v, String option) {
        Path p = Path.of(v).toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException(option + " " + v + " is not a directory");
        }
        return p;
    }
}
