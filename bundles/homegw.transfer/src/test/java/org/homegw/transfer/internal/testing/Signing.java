package org.homegw.transfer.internal.testing;

import java.util.List;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Signs test firmware the way {@code openssl cms -sign -binary -nodetach -outform DER} does. */
public final class Signing {

    private Signing() {
    }

    public static byte[] signedPackage(byte[] image, TestPki.Issued signer) throws Exception {
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.keys().getPrivate()), signer.cert()));
        gen.addCertificates(new JcaCertStore(List.of(signer.cert())));
        return gen.generate(new CMSProcessableByteArray(image), true).getEncoded("DER");
    }
}
