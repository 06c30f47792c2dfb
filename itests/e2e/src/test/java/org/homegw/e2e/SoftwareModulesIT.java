package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.ChangeDUStateResponse;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.RpcOutcome;
import org.homegw.labacs.auth.AuthPolicy;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * Software modules through the assembled gateway and the lab ACS: ChangeDUState installs the
 * homegw.example.smartplug vendor bundle (not shipped; the reactor's jar) from the lab ACS's file
 * server, which asks for Digest credentials; the unit shows in Device.SoftwareModules., is stopped
 * and started with RequestedState, updated, kept across a restart and uninstalled; and every
 * download and bundle fault comes back in DUStateChangeComplete. One gateway process for the class.
 */
public class SoftwareModulesIT {

    private static final String SM = "Device.SoftwareModules.";
    private static final String PLUG = "homegw.example.smartplug";
    private static final String FILE_USER = "files";
    private static final String FILE_PASSWORD = "s3cret";

    private static final TemporaryFolder FILES = new TemporaryFolder();
    private static final E2eGateway GW = E2eGateway.with(acs -> acs.filesDir(FILES.getRoot().toPath())
            .fileAuth(AuthPolicy.digest(FILE_USER, FILE_PASSWORD)));

    @ClassRule
    public static final RuleChain CHAIN = RuleChain.outerRule(FILES).around(GW);

    @Test
    public void vendor_bundle_is_installed_controlled_updated_kept_across_a_restart_and_uninstalled() throws Exception {
        byte[] v1 = smartPlugJar();
        String v1Url = publish("plug-1.jar", v1);
        String v2Url = publish("plug-2.jar", withVersion(v1, "99.0.0"));

        OpResultStruct installed = only(changeDuState("install-plug", new InstallOpStruct(v1Url, null, FILE_USER,
                FILE_PASSWORD, SM + "ExecEnv.1")));
        assertNoFault(installed);
        assertEquals("Installed", installed.currentState());
        assertTrue(installed.resolved());
        String du = installed.deploymentUnitRef() + ".";
        String eu = installed.executionUnitRefList() + ".";
        Map<String, String> model = values(SM);
        assertEquals(PLUG, model.get(du + "Name"));
        assertEquals(v1Url, model.get(du + "URL"));
        assertEquals("true", model.get(du + "Resolved"));
        assertEquals(installed.uuid(), model.get(du + "UUID"));
        assertEquals(installed.executionUnitRefList(), model.get(du + "ExecutionUnitList"));
        assertEquals("Active", awaitValue(eu + "Status", "Active"));
        // the provider the bundle registered at runtime, without a restart
        assertTrue(value(eu + "References"), value(eu + "References").contains("Device.X_000000_SmartPlug"));

        assertEquals(0, set(eu + "RequestedState", "Idle"));
        assertEquals("Idle", awaitValue(eu + "Status", "Idle"));
        assertEquals("", value(eu + "References"));
        assertEquals(0, set(eu + "RequestedState", "Active"));
        assertEquals("Active", awaitValue(eu + "Status", "Active"));

        List<OpResultStruct> second = changeDuState("again",
                new InstallOpStruct(v1Url, null, FILE_USER, FILE_PASSWORD, null),
                new UpdateOpStruct(installed.uuid(), null, v2Url, FILE_USER, FILE_PASSWORD),
                new UpdateOpStruct(installed.uuid(), null, v1Url, FILE_USER, FILE_PASSWORD));
        assertFault(9026, second.get(0));
        assertNoFault(second.get(1));
        assertEquals("99.0.0", second.get(1).version());
        assertEquals(installed.deploymentUnitRef(), second.get(1).deploymentUnitRef());
        assertFault(9030, second.get(2));
        assertEquals("99.0.0", value(du + "Version"));
        assertEquals("Active", awaitValue(eu + "Status", "Active"));

        assertEquals(0, set(eu + "RequestedState", "Idle"));
        assertEquals("Idle", awaitValue(eu + "Status", "Idle"));
        restart();
        Map<String, String> after = values(SM);
        assertEquals(PLUG, after.get(du + "Name"));
        assertEquals("99.0.0", after.get(du + "Version"));
        assertEquals(installed.uuid(), after.get(du + "UUID"));
        assertEquals("Idle", after.get(eu + "Status"));
        assertEquals(0, set(eu + "RequestedState", "Active"));
        assertEquals("Active", awaitValue(eu + "Status", "Active"));

        OpResultStruct removed = only(changeDuState("remove-plug", new UninstallOpStruct(installed.uuid(), null, null)));
        assertNoFault(removed);
        assertEquals("Uninstalled", removed.currentState());
        Map<String, String> gone = values(SM);
        assertFalse(gone.containsKey(du + "Name"));
        assertFalse(gone.containsKey(eu + "Status"));
    }

    @Test
    public void download_and_bundle_failures_come_back_as_faults_in_one_result_each() throws Exception {
        byte[] plug = smartPlugJar();
        String corrupt = publish("corrupt.jar", java.util.Arrays.copyOf(plug, plug.length / 2));
        String needy = publish("needy.jar", bundle("com.example.needy", "1.0.0", "com.example.missing"));
        String plain = publish("plain.jar", bundle("com.example.plain", "1.0.0", null));
        String closed = "http://127.0.0.1:" + E2eGateway.freePort() + "/x.jar";

        List<OpResultStruct> r = changeDuState("faults",
                new InstallOpStruct(closed, null, null, null, null),
                new InstallOpStruct(plain, null, FILE_USER, "wrong", null),
                new InstallOpStruct(corrupt, null, FILE_USER, FILE_PASSWORD, null),
                new InstallOpStruct(needy, null, FILE_USER, FILE_PASSWORD, null),
                new UninstallOpStruct("12345678-1234-5234-8234-123456789abc", null, null),
                new InstallOpStruct(GW.acs().fileUrl("nothing.jar").toString(), null, FILE_USER, FILE_PASSWORD, null));

        assertFault(9015, r.get(0));
        assertFault(9012, r.get(1));
        assertFault(9018, r.get(2));
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            assertEquals("Failed", r.get(i).currentState());
        }
        assertNoFault(r.get(3));
        assertEquals("Installed", r.get(3).currentState());
        assertFalse("unresolved imports", r.get(3).resolved());
        assertEquals("false", value(r.get(3).deploymentUnitRef() + ".Resolved"));
        assertEquals("Idle", value(r.get(3).executionUnitRefList() + ".Status"));
        assertEquals("DependencyFailure", value(r.get(3).executionUnitRefList() + ".ExecutionFaultCode"));
        assertFault(9028, r.get(4));
        assertFault(9016, r.get(5));

        assertNoFault(only(changeDuState("cleanup", new UninstallOpStruct(r.get(3).uuid(), null, null))));
    }

    // --- the ACS side

    /**
     * Sends ChangeDUState in a Connection Request session and waits for the DUStateChangeComplete
     * with its CommandKey, which must come in a session whose Inform carries "11 DU STATE CHANGE
     * COMPLETE" and "M ChangeDUState" with that CommandKey.
     */
    private static List<OpResultStruct> changeDuState(String commandKey, DuOperation... ops) {
        long mark = GW.acs().mark();
        RpcOutcome answer = GW.rpc1(new ChangeDUState(List.of(ops), commandKey));
        answer.response(ChangeDUStateResponse.class);
        LogEntry.CpeRequestReceived complete = GW.acs().await(LogEntry.CpeRequestReceived.class, GW.device(), mark,
                e -> e.request() instanceof DUStateChangeComplete c && commandKey.equals(c.commandKey()),
                Duration.ofSeconds(60));
        LogEntry.InformReceived inform = GW.acs().log(GW.device(), LogEntry.InformReceived.class).stream()
                .filter(i -> i.sessionId().equals(complete.sessionId())).findFirst().orElseThrow();
        assertTrue(inform.hasEvent("11 DU STATE CHANGE COMPLETE"));
        assertEquals(commandKey, inform.commandKey("M ChangeDUState").orElse(null));
        List<OpResultStruct> results = ((DUStateChangeComplete) complete.request()).results();
        assertEquals(ops.length, results.size());
        return results;
    }

    private static Map<String, String> values(String path) {
        return CwmpRpcIT.values(GW.rpc1(new GetParameterValues(List.of(path))).response(GetParameterValuesResponse.class));
    }

    private static String value(String name) {
        return values(name).get(name);
    }

    private static int set(String name, String value) {
        return GW.rpc1(new SetParameterValues(List.of(new ParameterValueStruct(name, value, "string")), "swmod"))
                .response(SetParameterValuesResponse.class).status();
    }

    /** Polls (bounded) until the parameter has the wanted value; answers the last value read. */
    private static String awaitValue(String name, String wanted) {
        Instant deadline = Instant.now().plusSeconds(20);
        String v = value(name);
        while (!wanted.equals(v) && Instant.now().isBefore(deadline)) {
            E2eGateway.sleep(300);
            v = value(name);
        }
        return v;
    }

    private static void restart() {
        assertEquals(0, GW.stop());
        long mark = GW.acs().mark();
        GW.start();
        GW.awaitReadyAfter(mark);
    }

    private static OpResultStruct only(List<OpResultStruct> results) {
        assertEquals(1, results.size());
        return results.get(0);
    }

    private static void assertNoFault(OpResultStruct r) {
        assertEquals(r.fault().faultString(), 0, r.fault().faultCode());
    }

    private static void assertFault(int code, OpResultStruct r) {
        assertEquals(r.fault().faultString(), code, r.fault().faultCode());
    }

    // --- files the lab ACS serves

    private static String publish(String name, byte[] content) throws IOException {
        Files.write(FILES.getRoot().toPath().resolve(name), content);
        URI url = GW.acs().fileUrl(name);
        return url.toString();
    }

    private static byte[] smartPlugJar() throws IOException {
        String jar = System.getProperty("homegw.smartplug.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new AssertionError("the smart plug bundle is not built: " + jar);
        }
        return Files.readAllBytes(Path.of(jar));
    }

    /** The same bundle declaring another Bundle-Version: "v2" for the update. */
    private static byte[] withVersion(byte[] jar, String version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest m = new Manifest(in.getManifest());
            m.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream copy = new JarOutputStream(out, m)) {
                for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                    copy.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(copy);
                    copy.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /** A bundle without code; {@code imports} may be null. */
    private static byte[] bundle(String name, String version, String imports) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", version);
        a.putValue("Bundle-Vendor", "Example Vendor");
        if (imports != null) {
            a.putValue("Import-Package", imports);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JarOutputStream(out, m).close();
        return out.toByteArray();
    }
}
