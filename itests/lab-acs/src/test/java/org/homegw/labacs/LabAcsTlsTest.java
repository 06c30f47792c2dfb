package org.homegw.labacs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import javax.net.ssl.SSLHandshakeException;

import org.homegw.testkit.TestPki;
import org.junit.After;
import org.junit.Test;

/** The lab ACS over HTTPS, with a certificate from a test CA, and with client certificates required. */
public class LabAcsTlsTest {

    private LabAcs acs;

    @After
    public void close() {
        if (acs != null) {
            acs.close();
        }
    }

    @Test
    public void serves_cwmp_over_https_to_a_cpe_that_trusts_its_ca() throws Exception {
        TestPki pki = new TestPki("lab CA");
        acs = LabAcs.start(LabAcsConfig.builder().tls(pki.serverCert().sslContext(pki.ca())).build());
        assertEquals("https", acs.url().getScheme());
        FakeCpe cpe = new FakeCpe(acs.url(), "TLS1", TestPki.trusting(pki.ca()));
        assertEquals(200, cpe.postInform(cpe.inform(1, "1 BOOT")).status());
        assertEquals(204, cpe.postEmpty().status());

        TestPki other = new TestPki("other CA");
        FakeCpe stranger = new FakeCpe(acs.url(), "TLS2", TestPki.trusting(other.ca()));
        assertThrows(SSLHandshakeException.class, () -> stranger.postInform(stranger.inform(1, "1 BOOT")));
        assertTrue(acs.device("TLS2").isEmpty());
    }

    @Test
    public void requires_a_client_certificate_from_the_trusted_ca_when_asked() throws Exception {
        TestPki pki = new TestPki("lab CA");
        acs = LabAcs.start(LabAcsConfig.builder().tls(pki.serverCert().sslContext(pki.ca()))
                .requireClientCertificate(true).build());
        FakeCpe anonymous = new FakeCpe(acs.url(), "TLS3", TestPki.trusting(pki.ca()));
        assertThrows(IOException.class, () -> anonymous.postInform(anonymous.inform(1, "1 BOOT")));
        FakeCpe withCert = new FakeCpe(acs.url(), "TLS4", pki.clientCert("cpe TLS4").sslContext(pki.ca()));
        assertEquals(200, withCert.postInform(withCert.inform(1, "1 BOOT")).status());
        assertTrue(acs.device("TLS3").isEmpty());
    }
}
