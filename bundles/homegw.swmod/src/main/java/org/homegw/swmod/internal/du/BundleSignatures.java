package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The optional rule "only signed bundles": a deployment unit must be a signed JAR (as jarsigner
 * writes it) in which every entry is signed, and each entry by at least one certificate that chains
 * to the bundle trust anchors of the device configuration (PKIX, no revocation check). Checked after
 * the download and before the framework sees the file, so a refused unit leaves nothing behind.
 *
 * <p>Fault choice (ChangeDUState allows 9001, 9003, 9012, 9013, 9015–9018, 9022–9032 per unit;
 * 9019 "file authentication failure" is not among them): a unit with no signature or only signers
 * this device does not trust is refused by policy, 9001; a signature that does not match the
 * content (an entry changed, added or removed after signing) means the file is corrupted, 9018.
 * Units placed in deploy/ by someone on the device are not subject to this check.
 */
public final class BundleSignatures {

    private static final System.Logger LOG = System.getLogger(BundleSignatures.class.getName());

    private final Set<TrustAnchor> anchors;
    private final boolean required;
    private final Clock clock;

    public BundleSignatures(List<X509Certificate> trustAnchors, boolean required, Clock clock) {
        this.anchors = trustAnchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
        this.required = required;
        this.clock = clock;
    }

    /** No check: every well-formed bundle is accepted. */
    public static BundleSignatures notRequired() {
        return new BundleSignatures(List.of(), false, Clock.systemUTC());
    }

    /** The certificates of a PEM (or DER) file of trust anchors. */
    public static List<X509Certificate> readAnchors(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (certs.isEmpty()) {
                throw new GeneralSecurityException("no certificate in " + file);
            }
            return certs;
        }
    }

    public boolean required() {
        return required;
    }

    /** Passes when signatures are not required or the JAR is signed as required; else a 9001/9018 failure. */
    public void check(Path jar) throws DuFailure {
        if (!required) {
            return;
        }
        if (anchors.isEmpty()) {
            throw new DuFailure(DuFailure.REQUEST_DENIED, "signed bundles are required but no bundle trust anchors"
                    + " are configured");
        }
        Map<CodeSigner, Boolean> trusted = new HashMap<>();
        int signed = 0;
        String unsigned = null;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            byte[] buf = new byte[8192];
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    // the signers are known, and the digest checked, only once the entry is read to its end
                    while (in.read(buf) >= 0) {
                        // reading
                    }
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned = unsigned == null ? entry.getName() : unsigned;
                    continue;
                }
                signed++;
                boolean any = false;
                for (CodeSigner s : signers) {
                    any |= trusted.computeIfAbsent(s, this::chainsToAnchor);
                }
                if (!any) {
                    throw new DuFailure(DuFailure.REQUEST_DENIED, "entry " + entry.getName()
                            + " is signed by " + subject(signers[0]) + ", whom this device does not trust");
                }
            }
            if (signed == 0) {
                throw new DuFailure(DuFailure.REQUEST_DENIED, "the bundle is not signed; this device requires signed bundles");
            }
            if (unsigned != null) {
                // added after signing: the signature does not cover the whole content
                throw new DuFailure(DuFailure.FILE_CORRUPTED, "entry " + unsigned + " of a signed bundle is not signed");
            }
            checkNothingRemoved(file);
        } catch (SecurityException e) {
            throw new DuFailure(DuFailure.FILE_CORRUPTED, "bundle signature does not match its content: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DuFailure(DuFailure.FILE_CORRUPTED, "cannot read the bundle: " + e.getMessage(), e);
        }
    }

    /** Every entry the signed manifest names must still be in the jar. */
    private static void checkNothingRemoved(JarFile file) throws IOException, DuFailure {
        for (String name : file.getManifest().getEntries().keySet()) {
            if (file.getJarEntry(name) == null) {
                throw new DuFailure(DuFailure.FILE_CORRUPTED, "signed entry " + name + " is missing from the jar");
            }
        }
    }

    private boolean chainsToAnchor(CodeSigner signer) {
        try {
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(clock.instant()));
            CertPathValidator.getInstance("PKIX").validate(withoutAnchors(signer.getSignerCertPath()), params);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.INFO, "bundle signer " + subject(signer) + " not trusted: " + e.getMessage());
            return false;
        }
    }

    /** jarsigner stores the whole chain, root included; PKIX wants the path up to (not including) the anchor. */
    private CertPath withoutAnchors(CertPath path) throws GeneralSecurityException {
        List<Certificate> certs = new ArrayList<>();
        for (Certificate c : path.getCertificates()) {
            if (anchors.stream().anyMatch(a -> a.getTrustedCert().equals(c))) {
                break;
            }
            certs.add(c);
        }
        return CertificateFactory.getInstance("X.509").generateCertPath(certs);
    }

    private static String subject(CodeSigner s) {
        return s.getSignerCertPath().getCertificates().isEmpty() ? "an unknown signer"
                : ((X509Certificate) s.getSignerCertPath().getCertificates().get(0)).getSubjectX500Principal().getName();
    }

    /** The manifest and the signature block files, which the signature does not cover. */
    private static boolean isSignatureFile(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (!n.startsWith("META-INF/") || n.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return n.equals("META-INF/MANIFEST.MF") || n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA")
                || n.endsWith(".EC") || n.startsWith("META-INF/SIG-");
    }
}
