package org.homegw.transfer.internal.apply;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.homegw.testkit.Issued;
import org.homegw.testkit.TestPki;
import org.homegw.transfer.internal.http.TransferFailure;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CmsImageCheckTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static TestPki vendor;
    private static Issued signer;
    private static final byte[] IMAGE = "HOMEGW-FIRMWARE 4.2\npayload payload payload".getBytes(StandardCharsets.US_ASCII);

    @BeforeClass
    public static void pki() throws Exception {
        vendor = new TestPki("Vendor Firmware CA");
        signer = vendor.codeSigningCert("firmware-signer");
    }

    private Path file(byte[] content) throws Exception {
        Path p = tmp.newFile().toPath();
        Files.write(p, content);
        return p;
    }

    private CmsImageCheck check(boolean required) {
        return new CmsImageCheck(List.of(vendor.ca()), required, Clock.systemUTC());
    }

    private int fault(CmsImageCheck c, byte[] content) throws Exception {
        try {
            c.verified(file(content), tmp.getRoot().toPath().resolve("out.img"));
            fail("expected 9019");
            return 0;
        } catch (TransferFailure f) {
            return f.faultCode();
        }
    }

    @Test
    public void signed_package_from_a_trusted_signer_yields_the_image() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("out.img");
        Path result = check(true).verified(file(signer.signCms(IMAGE)), out);
        assertEquals(out, result);
        assertArrayEquals(IMAGE, Files.readAllBytes(out));
    }

    @Test
    public void tampered_image_fails_9019() throws Exception {
        byte[] pkg = signer.signCms(IMAGE);
        String s = new String(pkg, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("4.2");
        pkg[at] = '5';
        assertEquals(9019, fault(check(false), pkg));
    }

    @Test
    public void signer_from_another_ca_fails_9019() throws Exception {
        TestPki rogue = new TestPki("Rogue CA");
        assertEquals(9019, fault(check(false), rogue.codeSigningCert("x").signCms(IMAGE)));
    }

    @Test
    public void unsigned_image_fails_9019_when_signatures_are_required() throws Exception {
        assertEquals(9019, fault(check(true), IMAGE));
    }

    @Test
    public void unsigned_image_passes_unchanged_when_signatures_are_optional() throws Exception {
        Path in = file(IMAGE);
        assertEquals(in, check(false).verified(in, tmp.getRoot().toPath().resolve("out.img")));
    }

    @Test
    public void truncated_package_fails_9019() throws Exception {
        byte[] pkg = signer.signCms(IMAGE);
        assertEquals(9019, fault(check(false), java.util.Arrays.copyOf(pkg, pkg.length / 2)));
    }

    @Test
    public void signed_package_without_configured_anchors_fails_9019() throws Exception {
        assertEquals(9019, fault(new CmsImageCheck(List.of(), false, Clock.systemUTC()), signer.signCms(IMAGE)));
    }
}
