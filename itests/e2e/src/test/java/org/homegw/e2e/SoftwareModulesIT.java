package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.homegw.datamodel.definitions.Access;
import org.homegw.datamodel.definitions.ActiveNotify;
import org.homegw.datamodel.definitions.BaseType;
import org.homegw.datamodel.definitions.CompactDefinitionsReader;
import org.homegw.datamodel.definitions.CompactDefinitionsWriter;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefaultValue;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.definitions.ObjectDefinition;
import org.homegw.datamodel.definitions.ParameterDefinition;
import org.homegw.datamodel.definitions.Status;
import org.homegw.datamodel.definitions.Syntax;
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
 * server, which asks for Digest credentials. The bundle's own parameters (definitions carried in
 * the bundle, values from its provider) answer GetParameterValues at once, without a restart; they
 * go with RequestedState Idle and come back with Active; the update to v2 adds a parameter and keeps
 * the values set before; numbering, version and values survive a restart; Uninstall removes them.
 * Every download and bundle fault comes back in DUStateChangeComplete. One gateway for the class.
 */
public class SoftwareModulesIT {

    private static final String SM = "Device.SoftwareModules.";
    private static final String PLUG = "homegw.example.smartplug";
    private static final String X = "Device.X_000000_SmartPlug.";
    private static final String DEFINITIONS = "OSGI-INF/homegw/datamodel/X_000000_SmartPlug.dmdefs";
    /** What v2 adds: a parameter the registry's store serves from its factory default. */
    private static final String V2_PARAM = "Device.DeviceInfo.X_000000_SmartPlugFirmware";
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
        String v2Url = publish("plug-2.jar", version2(v1));

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
        // the provider the bundle registered, and its parameters, without a restart
        assertTrue(value(eu + "References"), value(eu + "References").contains("Device.X_000000_SmartPlug"));
        Map<String, String> plug = awaitServed(X);
        assertTrue(plug.toString(), plug.containsKey(X + "Outlet.1.Name") && plug.containsKey(X + "ModelName"));
        assertEquals(9005, faultCode(V2_PARAM));
        String models = value(eu + "SupportedDataModelList");
        assertTrue(models, models.startsWith("Device.DeviceInfo.SupportedDataModel.") && !models.contains(","));
        assertTrue(value(models + ".URN"), value(models + ".URN").contains("smartplug"));
        assertEquals(0, set(X + "Outlet.1.Name", "Lamp"));

        assertEquals(0, set(eu + "RequestedState", "Idle"));
        assertEquals("Idle", awaitValue(eu + "Status", "Idle"));
        assertEquals("", value(eu + "References"));
        assertEquals("stopped unit's parameters are gone", 9005, faultCode(X));
        assertEquals(0, set(eu + "RequestedState", "Active"));
        assertEquals("Active", awaitValue(eu + "Status", "Active"));
        assertEquals("Lamp", awaitServed(X).get(X + "Outlet.1.Name"));

        List<OpResultStruct> second = changeDuState("again",
                new InstallOpStruct(v1Url, null, FILE_USER, FILE_PASSWORD, null),
                new UpdateOpStruct(installed.uuid(), null, v2Url, FILE_USER, FILE_PASSWORD),
                new UpdateOpStruct(installed.uuid(), null, v1Url, FILE_USER, FILE_PASSWORD));
        assertFault(9026, second.get(0));
        assertNoFault(second.get(1));
        assertEquals("2.0.0", second.get(1).version());
        assertEquals(installed.deploymentUnitRef(), second.get(1).deploymentUnitRef());
        assertFault(9030, second.get(2));
        assertEquals("2.0.0", value(du + "Version"));
        assertEquals("Active", awaitValue(eu + "Status", "Active"));
        assertEquals("v2's new parameter", "2.0.0", awaitServed(V2_PARAM).get(V2_PARAM));
        assertEquals("value kept across the update", "Lamp", value(X + "Outlet.1.Name"));

        assertEquals(0, set(eu + "RequestedState", "Idle"));
        assertEquals("Idle", awaitValue(eu + "Status", "Idle"));
        restart();
        Map<String, String> after = values(SM);
        assertEquals(PLUG, after.get(du + "Name"));
        assertEquals("2.0.0", after.get(du + "Version"));
        assertEquals(installed.uuid(), after.get(du + "UUID"));
        assertEquals("Idle", after.get(eu + "Status"));
        assertEquals(9005, faultCode(X));
        assertEquals(0, set(eu + "RequestedState", "Active"));
        assertEquals("Active", awaitValue(eu + "Status", "Active"));
        assertEquals("value kept across the restart", "Lamp", awaitServed(X).get(X + "Outlet.1.Name"));

        OpResultStruct removed = only(changeDuState("remove-plug", new UninstallOpStruct(installed.uuid(), null, null)));
        assertNoFault(removed);
        assertEquals("Uninstalled", removed.currentState());
        Map<String, String> gone = values(SM);
        assertFalse(gone.containsKey(du + "Name"));
        assertFalse(gone.containsKey(eu + "Status"));
        assertEquals(9005, faultCode(X));
        assertEquals(9005, faultCode(V2_PARAM));
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
        assertTrue("session " + complete.sessionId() + " Inform " + inform.inform().events() + "; ACS log "
                + GW.acs().log(GW.device()), inform.hasEvent("11 DU STATE CHANGE COMPLETE"));
        assertEquals(commandKey, inform.commandKey("M ChangeDUState").orElse(null));
        List<OpResultStruct> results = ((DUStateChangeComplete) complete.request()).results();
        assertEquals(ops.length, results.size());
        return results;
    }

    private static Map<String, String> values(String path) {
        return CwmpRpcIT.values(GW.rpc1(new GetParameterValues(List.of(path))).response(GetParameterValuesResponse.class));
    }

    /** The fault code of a GetParameterValues of {@code path}, 0 when it succeeds. */
    private static int faultCode(String path) {
        RpcOutcome r = GW.rpc1(new GetParameterValues(List.of(path)));
        return r.isFault() ? r.fault().faultCode() : 0;
    }

    /** Polls (bounded) until a GetParameterValues of {@code path} succeeds; its values. */
    private static Map<String, String> awaitServed(String path) {
        Instant deadline = Instant.now().plusSeconds(20);
        RpcOutcome r = GW.rpc1(new GetParameterValues(List.of(path)));
        while (r.isFault() && Instant.now().isBefore(deadline)) {
            E2eGateway.sleep(300);
            r = GW.rpc1(new GetParameterValues(List.of(path)));
        }
        return CwmpRpcIT.values(r.response(GetParameterValuesResponse.class));
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

    /** The plug as v2: Bundle-Version 2.0.0 and one more parameter in the definitions it carries. */
    private static byte[] version2(byte[] jar) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest m = new Manifest(in.getManifest());
            m.getMainAttributes().putValue("Bundle-Version", "2.0.0");
            try (JarOutputStream copy = new JarOutputStream(out, m)) {
                for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                    copy.putNextEntry(new JarEntry(e.getName()));
                    if (e.getName().equals(DEFINITIONS)) {
                        copy.write(withFirmwareParameter(in.readAllBytes()));
                        found = true;
                    } else {
                        in.transferTo(copy);
                    }
                    copy.closeEntry();
                }
            }
        }
        if (!found) {
            throw new AssertionError("the smart plug bundle carries no " + DEFINITIONS);
        }
        return out.toByteArray();
    }

    private static byte[] withFirmwareParameter(byte[] v1) throws IOException {
        try {
            DataModelDefinitions plug = new CompactDefinitionsReader().read(new ByteArrayInputStream(v1), "v1");
            List<ObjectDefinition> objects = new ArrayList<>(plug.objects());
            objects.add(1, new ObjectDefinition("Device.DeviceInfo.", Access.READ_ONLY, 1, 1, null, null, List.of(),
                    Status.CURRENT));
            List<ParameterDefinition> params = new ArrayList<>(plug.parameters());
            params.add(new ParameterDefinition(V2_PARAM, Access.READ_ONLY, Syntax.of(BaseType.STRING),
                    new DefaultValue(DefaultValue.Kind.FACTORY, "2.0.0"), false, ActiveNotify.NORMAL, Status.CURRENT,
                    false, false, false));
            DataModelDefinitions v2 = new DataModelDefinitions(plug.models(), objects, params, plug.dataTypes());
            return new CompactDefinitionsWriter().toText(v2, List.of("v2")).getBytes(StandardCharsets.UTF_8);
        } catch (DefinitionsException e) {
            throw new IOException(e);
        }
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
