package org.homegw.transfer.internal.apply;

import static org.homegw.transfer.internal.http.TransferFaults.FILE_AUTHENTICATION;
import static org.homegw.transfer.internal.http.TransferFaults.INTERNAL_ERROR;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.homegw.transfer.internal.engine.ImageCheck;
import org.homegw.transfer.internal.http.TransferFailure;

/**
 * Signed firmware: an image may arrive as a DER-encoded CMS (PKCS#7) SignedData with the image
 * encapsulated, as {@code openssl cms -sign -binary -nodetach -outform DER} writes it. (TR-069's own
 * signed-package format, Annex E, was not available to check; this is our documented choice.)
 *
 * <p>The content is streamed out of the package into the work file (bounded memory) while its digest
 * is computed; then every SignerInfo must verify and at least one signer's certificate must chain to
 * the firmware trust anchors of the device configuration (PKIX, certificates carried in the package
 * as intermediates, no revocation check). Any failure answers 9019 and nothing is installed. Unsigned
 * images pass unchanged unless signatures are required, in which case they fail 9019 too.
 */
public final class CmsImageCheck implements ImageCheck {

    private static final int DER_SEQUENCE = 0x30;

    private final Set<TrustAnchor> anchors;
    private final boolean required;
    private final Clock clock;
    /** Made at the first signed image: creating it loads some 500 classes, which the start need not pay. */
    private Provider bc;

    public CmsImageCheck(List<X509Certificate> trustAnchors, boolean required, Clock clock) {
        this.anchors = trustAnchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
        this.required = required;
        this.clock = clock;
    }

    private synchronized Provider bouncyCastle() {
        if (bc == null) {
            bc = new BouncyCastleProvider();
        }
        return bc;
    }

    @Override
    public Path verified(Path image, Path work) throws TransferFailure {
        if (!looksSigned(image)) {
            if (required) {
                throw new TransferFailure(FILE_AUTHENTICATION, "unsigned firmware image; this device requires signed images");
            }
            return image;
        }
        if (anchors.isEmpty()) {
            throw new TransferFailure(FILE_AUTHENTICATION, "signed firmware image but no firmware trust anchors configured");
        }
        Provider provider = bouncyCastle();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(image))) {
            CMSSignedDataParser parser = new CMSSignedDataParser(
                    new JcaDigestCalculatorProviderBuilder().setProvider(provider).build(), in);
            CMSTypedStream content = parser.getSignedContent();
            if (content == null) {
                throw new TransferFailure(FILE_AUTHENTICATION, "signed package without encapsulated image");
            }
            try (InputStream c = content.getContentStream(); OutputStream out = Files.newOutputStream(work)) {
                c.transferTo(out);
            }
            // bcpkix declares a raw Store here
            @SuppressWarnings("unchecked")
            Store<X509CertificateHolder> certs = parser.getCertificates();
            Collection<SignerInformation> signers = parser.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                throw new TransferFailure(FILE_AUTHENTICATION, "signed package without signer");
            }
            List<X509Certificate> carried = new ArrayList<>();
            JcaX509CertificateConverter conv = new JcaX509CertificateConverter().setProvider(provider);
            for (X509CertificateHolder h : certs.getMatches(null)) {
                carried.add(conv.getCertificate(h));
            }
            boolean trusted = false;
            for (SignerInformation signer : signers) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> match = certs.getMatches(signer.getSID());
                if (match.isEmpty()) {
                    throw new TransferFailure(FILE_AUTHENTICATION, "signer certificate missing from the package");
                }
                X509Certificate cert = conv.getCertificate(match.iterator().next());
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider).build(cert))) {
                    throw new TransferFailure(FILE_AUTHENTICATION, "firmware signature does not verify");
                }
                trusted |= chainsToAnchor(cert, carried);
            }
            if (!trusted) {
                throw new TransferFailure(FILE_AUTHENTICATION, "firmware signer is not trusted by this device");
            }
            return work;
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IllegalArgumentException e) {
            throw new TransferFailure(FILE_AUTHENTICATION, "firmware signature check failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TransferFailure(INTERNAL_ERROR, "cannot read the firmware package: " + e.getMessage(), e);
        }
    }

    private boolean chainsToAnchor(X509Certificate signer, List<X509Certificate> carried) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(clock.instant()));
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            CertPathBuilder.getInstance("PKIX").build(params);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A DER SEQUENCE whose first element is the signedData content type. */
    static boolean looksSigned(Path image) throws TransferFailure {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(image))) {
            in.mark(64);
            if (in.read() != DER_SEQUENCE) {
                return false;
            }
            in.reset();
            byte[] head = in.readNBytes(64);
            // the ContentInfo's OID sits right after the outer length; find its DER encoding
            int at = indexOf(head, CMSObjectIdentifiers.signedData.getEncoded());
            return at >= 0 && at < 8;
        } catch (IOException e) {
            throw new TransferFailure(INTERNAL_ERROR, "cannot read the firmware image: " + e.getMessage(), e);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
