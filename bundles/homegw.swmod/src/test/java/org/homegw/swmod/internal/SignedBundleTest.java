package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.homegw.swmod.internal.du.BundleSignatures;
import org.homegw.swmod.testbundle.ProviderActivator;
import org.homegw.testkit.Issued;
import org.homegw.testkit.TestPki;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;

/** A device that requires signed bundles: signed by a trusted signer installs, anything else installs nothing. */
public class SignedBundleTest {

    private static final String DU = "Device.SoftwareModules.DeploymentUnit.";
    private static final String CLASS_ENTRY = ProviderActivator.class.getName().replace('.', '/') + ".class";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private FileServer files;
    private TestGateway gw;
    private Issued trusted;

    @Before
    public void setUp() throws Exception {
        files = new FileServer();
        // the device checks signatures at its fixed test time: the certificates cover it
        TestPki operator = new TestPki("Operator CA", TestGateway.CLOCK);
        trusted = operator.codeSigningCert("Operator bundle signer");
        List<java.security.cert.X509Certificate> anchors = BundleSignatures.readAnchors(
                operator.writeCaPem(tmp.getRoot().toPath().resolve("anchors.pem")));
        gw = new TestGateway(tmp.newFolder("cache").toPath(), tmp.newFolder("state").toPath(),
                new BundleSignatures(anchors, true, TestGateway.CLOCK));
    }

    @After
    public void tearDown() throws Exception {
        gw.close();
        files.close();
    }

    private OpResultStruct install(String name, byte[] jar) throws Exception {
        DUStateChangeComplete c = gw.changeDuState("k", new InstallOpStruct(files.put("/" + name, jar), null, null, null, null));
        assertEquals(1, c.results().size());
        return c.results().get(0);
    }

    private void assertRefused(int code, OpResultStruct r) {
        assertEquals(r.fault().faultString(), code, r.fault().faultCode());
        assertEquals("Failed", r.currentState());
        // refused by the signature rule, not by some other check
        assertTrue(r.fault().faultString(), r.fault().faultString().matches(".*(sign|trust).*"));
        assertEquals("nothing may be installed", List.of(), gw.instances(DU));
        for (Bundle b : gw.context().getBundles()) {
            assertEquals(false, b.getSymbolicName() != null && b.getSymbolicName().startsWith("com.example."));
        }
    }

    @Test
    public void bundle_signed_by_a_trusted_signer_installs_and_runs() throws Exception {
        OpResultStruct r = install("s.jar", trusted.signJar(TestBundles.withProvider("com.example.signed", "1.0.0")));
        assertEquals(r.fault().faultString(), 0, r.fault().faultCode());
        assertEquals("Active", gw.awaitValue("Device.SoftwareModules.ExecutionUnit.1.Status", "Active"));
    }

    @Test
    public void unsigned_bundle_is_refused_with_9001() throws Exception {
        assertRefused(9001, install("u.jar", TestBundles.withProvider("com.example.unsigned", "1.0.0")));
    }

    @Test
    public void bundle_signed_by_an_untrusted_signer_is_refused_with_9001() throws Exception {
        byte[] jar = new TestPki("Stranger CA", TestGateway.CLOCK).codeSigningCert("Stranger bundle signer")
                .signJar(TestBundles.withProvider("com.example.stranger", "1.0.0"));
        assertRefused(9001, install("x.jar", jar));
    }

    @Test
    public void changed_class_after_signing_is_refused_with_9018() throws Exception {
        byte[] signed = trusted.signJar(TestBundles.withProvider("com.example.changed", "1.0.0"));
        byte[] code = JarEntries.entry(signed, CLASS_ENTRY);
        code[code.length - 1] ^= 1;
        assertRefused(9018, install("c.jar", JarEntries.replaceEntry(signed, CLASS_ENTRY, code)));
    }

    @Test
    public void entry_added_or_removed_after_signing_is_refused_with_9018() throws Exception {
        byte[] signed = trusted.signJar(TestBundles.withProvider("com.example.added", "1.0.0"));
        assertRefused(9018, install("a.jar", JarEntries.addEntry(signed, "com/example/Evil.class", new byte[] {1, 2})));
        assertRefused(9018, install("r.jar", JarEntries.replaceEntry(signed, CLASS_ENTRY, null)));
    }

    @Test
    public void changed_manifest_header_after_signing_is_refused_with_9018() throws Exception {
        byte[] signed = trusted.signJar(TestBundles.withProvider("com.example.header", "1.0.0"));
        String manifest = new String(JarEntries.entry(signed, "META-INF/MANIFEST.MF"), StandardCharsets.UTF_8);
        byte[] changed = manifest.replace("test bundle com.example.header", "test bundle com.example.HEADER")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(9018, install("m.jar", JarEntries.replaceEntry(signed, "META-INF/MANIFEST.MF", changed)));
    }

    @Test
    public void unsigned_update_is_refused_and_the_signed_version_keeps_running() throws Exception {
        OpResultStruct v1 = install("v1.jar", trusted.signJar(TestBundles.withProvider("com.example.upd", "1.0.0")));
        String url = files.put("/v2.jar", TestBundles.withProvider("com.example.upd", "2.0.0"));
        OpResultStruct r = gw.changeDuState("u", new UpdateOpStruct(v1.uuid(), null, url, null, null)).results().get(0);
        assertEquals(r.fault().faultString(), 9001, r.fault().faultCode());
        assertEquals("Installed", r.currentState());
        assertEquals("1.0.0", gw.value(DU + "1.Version"));
        assertEquals("Active", gw.value("Device.SoftwareModules.ExecutionUnit.1.Status"));
    }
}
