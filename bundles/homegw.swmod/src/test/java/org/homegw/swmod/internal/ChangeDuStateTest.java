package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.homegw.swmod.internal.du.DuUuid;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;

/** ChangeDUState against a real Felix framework and a real HTTP file server on loopback. */
public class ChangeDuStateTest {

    private static final String DU = "Device.SoftwareModules.DeploymentUnit.";
    private static final String EU = "Device.SoftwareModules.ExecutionUnit.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private FileServer files;
    private TestGateway gw;

    @Before
    public void setUp() throws Exception {
        files = new FileServer();
        gw = new TestGateway(tmp.newFolder("cache").toPath(), tmp.newFolder("state").toPath());
    }

    @After
    public void tearDown() throws Exception {
        gw.close();
        files.close();
    }

    private OpResultStruct install(String url) throws Exception {
        return only(gw.changeDuState("k", new InstallOpStruct(url, null, null, null, null)));
    }

    private static OpResultStruct only(DUStateChangeComplete c) {
        assertEquals(1, c.results().size());
        return c.results().get(0);
    }

    private static void assertFault(int code, OpResultStruct r) {
        assertEquals(r.fault().faultString(), code, r.fault().faultCode());
    }

    @Test
    public void install_creates_deployment_unit_with_active_execution_unit() throws Exception {
        String url = files.put("/vendor-1.jar", TestBundles.withProvider("com.example.vendor", "1.0.0"));

        DUStateChangeComplete complete = gw.changeDuState("install-1", new InstallOpStruct(url, null, null, null,
                "Device.SoftwareModules.ExecEnv.1"));

        OpResultStruct r = only(complete);
        assertEquals("install-1", complete.commandKey());
        assertEquals(List.of(CwmpEvent.of("11 DU STATE CHANGE COMPLETE"), new CwmpEvent("M ChangeDUState", "install-1")),
                gw.lastEvents);
        assertEquals(0, r.fault().faultCode());
        assertEquals("Installed", r.currentState());
        assertTrue(r.resolved());
        assertEquals(DU + "1", r.deploymentUnitRef());
        assertEquals(EU + "1", r.executionUnitRefList());
        assertEquals("1.0.0", r.version());
        assertEquals(DuUuid.of("Test Vendor", "com.example.vendor"), r.uuid());
        assertEquals(List.of(1L), gw.instances(DU));
        assertEquals("com.example.vendor", gw.value(DU + "1.Name"));
        assertEquals(url, gw.value(DU + "1.URL"));
        assertEquals("Test Vendor", gw.value(DU + "1.Vendor"));
        assertEquals(EU + "1", gw.value(DU + "1.ExecutionUnitList"));
        assertEquals("Device.SoftwareModules.ExecEnv.1", gw.value(DU + "1.ExecutionEnvRef"));
        assertEquals("Active", gw.value(EU + "1.Status"));
        assertEquals("NoFault", gw.value(EU + "1.ExecutionFaultCode"));
        assertEquals("Device.X_TEST_Vendor", gw.value(EU + "1.References"));
        assertEquals("1", gw.value("Device.SoftwareModules.DeploymentUnitNumberOfEntries"));
        assertEquals(EU + "1", gw.value("Device.SoftwareModules.ExecEnv.1.ActiveExecutionUnits"));
    }

    @Test
    public void requested_state_idle_stops_and_active_starts_the_execution_unit() throws Exception {
        install(files.put("/v.jar", TestBundles.withProvider("com.example.vendor", "1.0.0")));

        assertTrue(gw.set(EU + "1.RequestedState", "Idle").isSuccess());
        assertEquals("Idle", gw.awaitValue(EU + "1.Status", "Idle"));
        assertEquals("", gw.value(EU + "1.References"));
        // AutoStart is the ACS's own setting, independent of the state requested now
        assertEquals("true", gw.value(EU + "1.AutoStart"));

        assertTrue(gw.set(EU + "1.RequestedState", "Active").isSuccess());
        assertEquals("Active", gw.awaitValue(EU + "1.Status", "Active"));
        assertEquals("Device.X_TEST_Vendor", gw.value(EU + "1.References"));
    }

    @Test
    public void execution_unit_status_changes_are_reported_once_each_to_the_registry() throws Exception {
        install(files.put("/v.jar", TestBundles.plain("com.example.plain", "1.0.0", null)));
        gw.awaitValue(EU + "1.Status", "Active");
        List<String> fired = new java.util.concurrent.CopyOnWriteArrayList<>();
        // the install's own DeploymentUnit announcement may still arrive after attach: count EU events only
        gw.provider().attach(paths -> List.of(paths).stream().filter(p -> p.startsWith(EU)).forEach(fired::add));

        gw.set(EU + "1.RequestedState", "Idle");
        gw.awaitValue(EU + "1.Status", "Idle");
        gw.set(EU + "1.RequestedState", "Active");
        for (int i = 0; i < 400 && fired.size() < 2; i++) {
            Thread.sleep(25);
        }

        assertEquals(List.of(EU + "1.Status", EU + "1.Status"), fired);
    }

    @Test
    public void rejects_requested_state_of_unknown_execution_unit_and_other_writes() throws Exception {
        assertEquals(9005, gw.set(EU + "7.RequestedState", "Idle").faultOrNull().code());
        assertEquals(9001, gw.set("Device.SoftwareModules.ExecEnv.1.Enable", "false").faultOrNull().code());
    }

    @Test
    public void update_installs_the_new_version_in_place() throws Exception {
        OpResultStruct v1 = install(files.put("/v1.jar", TestBundles.withProvider("com.example.vendor", "1.0.0")));
        String v2url = files.put("/v2.jar", TestBundles.withProvider("com.example.vendor", "2.0.0"));

        OpResultStruct r = only(gw.changeDuState("up", new UpdateOpStruct(v1.uuid(), null, v2url, null, null)));

        assertEquals(0, r.fault().faultCode());
        assertEquals("2.0.0", r.version());
        assertEquals(v1.uuid(), r.uuid());
        assertEquals(DU + "1", r.deploymentUnitRef());
        assertEquals("2.0.0", gw.value(DU + "1.Version"));
        assertEquals(v2url, gw.value(DU + "1.URL"));
        assertEquals("Active", gw.value(EU + "1.Status"));
        assertEquals(List.of(1L), gw.instances(DU));
    }

    @Test
    public void update_by_url_finds_the_unit_installed_from_it() throws Exception {
        String url = files.put("/latest.jar", TestBundles.plain("com.example.plain", "1.0.0", null));
        install(url);
        files.put("/latest.jar", TestBundles.plain("com.example.plain", "1.1.0", null));

        OpResultStruct r = only(gw.changeDuState("up", new UpdateOpStruct(null, null, url, null, null)));

        assertEquals(0, r.fault().faultCode());
        assertEquals("1.1.0", gw.value(DU + "1.Version"));
    }

    @Test
    public void failed_update_keeps_the_old_version_running() throws Exception {
        OpResultStruct v1 = install(files.put("/v1.jar", TestBundles.withProvider("com.example.vendor", "1.0.0")));
        String broken = files.put("/v2.jar", TestBundles.plain("com.example.vendor", "2.0.0", "com.example.missing"));

        OpResultStruct r = only(gw.changeDuState("up", new UpdateOpStruct(v1.uuid(), null, broken, null, null)));

        assertFault(9001, r);
        assertEquals("Installed", r.currentState());
        assertEquals("1.0.0", r.version());
        assertEquals("1.0.0", gw.value(DU + "1.Version"));
        assertEquals("Active", gw.value(EU + "1.Status"));
        assertEquals("Device.X_TEST_Vendor", gw.value(EU + "1.References"));
    }

    @Test
    public void update_refuses_downgrade_same_version_and_missing_version() throws Exception {
        OpResultStruct v1 = install(files.put("/v1.jar", TestBundles.plain("com.example.plain", "1.5.0", null)));
        String older = files.put("/old.jar", TestBundles.plain("com.example.plain", "1.0.0", null));
        String same = files.put("/same.jar", TestBundles.plain("com.example.plain", "1.5.0", null));
        String none = files.put("/none.jar", TestBundles.plain("com.example.plain", null, null));

        DUStateChangeComplete c = gw.changeDuState("up",
                new UpdateOpStruct(v1.uuid(), null, older, null, null),
                new UpdateOpStruct(v1.uuid(), null, same, null, null),
                new UpdateOpStruct(v1.uuid(), null, none, null, null));

        assertFault(9030, c.results().get(0));
        assertFault(9032, c.results().get(1));
        assertFault(9031, c.results().get(2));
        assertEquals("1.5.0", gw.value(DU + "1.Version"));
    }

    @Test
    public void uninstall_removes_the_unit_and_its_bundle() throws Exception {
        OpResultStruct v1 = install(files.put("/v1.jar", TestBundles.withProvider("com.example.vendor", "1.0.0")));

        OpResultStruct r = only(gw.changeDuState("rm", new UninstallOpStruct(v1.uuid(), "1.0.0", null)));

        assertEquals(0, r.fault().faultCode());
        assertEquals("Uninstalled", r.currentState());
        assertEquals(v1.uuid(), r.uuid());
        assertEquals(List.of(), gw.instances(DU));
        assertEquals(List.of(), gw.instances(EU));
        assertFalse(hasBundle("com.example.vendor"));
    }

    @Test
    public void operations_run_in_request_order() throws Exception {
        String a = files.put("/a.jar", TestBundles.plain("com.example.a", "1.0.0", null));
        String bad = files.put("/bad.jar", TestBundles.corrupt("com.example.bad"));
        String uuidA = DuUuid.of("Test Vendor", "com.example.a");

        DUStateChangeComplete c = gw.changeDuState("batch",
                new InstallOpStruct(a, null, null, null, null),
                new InstallOpStruct(bad, null, null, null, null),
                new UninstallOpStruct(uuidA, null, null));

        assertEquals(3, c.results().size());
        assertEquals("Installed", c.results().get(0).currentState());
        assertFault(9018, c.results().get(1));
        assertEquals("Uninstalled", c.results().get(2).currentState());
        assertEquals(List.of(), gw.instances(DU));
    }

    @Test
    public void install_with_unreachable_server_fails_with_9015() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OpResultStruct r = install("http://127.0.0.1:" + port + "/x.jar");
        assertFault(9015, r);
        assertEquals("Failed", r.currentState());
        assertEquals("", r.deploymentUnitRef());
    }

    @Test
    public void install_with_unsupported_protocol_fails_with_9013() throws Exception {
        assertFault(9013, install("tftp://127.0.0.1/x.jar"));
    }

    @Test
    public void install_of_missing_file_fails_with_9016() throws Exception {
        assertFault(9016, install(files.url("/nothing.jar")));
    }

    @Test
    public void install_needing_credentials_fails_with_9012_without_or_with_wrong_ones() throws Exception {
        String url = files.put("/secure/v.jar", TestBundles.plain("com.example.secret", "1.0.0", null));

        assertFault(9012, install(url));
        assertFault(9012, only(gw.changeDuState("k", new InstallOpStruct(url, null, "user", "wrong", null))));
        OpResultStruct ok = only(gw.changeDuState("k", new InstallOpStruct(url, null, "user", "secret", null)));
        assertEquals(0, ok.fault().faultCode());
    }

    @Test
    public void corrupt_jar_fails_with_9018_and_leaves_nothing_behind() throws Exception {
        int bundles = gw.context().getBundles().length;

        assertFault(9018, install(files.put("/bad.jar", TestBundles.corrupt("com.example.bad"))));
        assertFault(9018, install(files.put("/text.jar", "not a jar".getBytes())));

        assertEquals(bundles, gw.context().getBundles().length);
        assertEquals(List.of(), gw.instances(DU));
    }

    @Test
    public void unresolved_imports_install_with_resolved_false_and_idle_unit() throws Exception {
        OpResultStruct r = install(files.put("/u.jar", TestBundles.plain("com.example.needy", "1.0.0", "com.example.missing")));

        assertEquals(0, r.fault().faultCode());
        assertEquals("Installed", r.currentState());
        assertFalse(r.resolved());
        assertEquals("false", gw.value(DU + "1.Resolved"));
        assertEquals("Idle", gw.value(EU + "1.Status"));
        assertEquals("DependencyFailure", gw.value(EU + "1.ExecutionFaultCode"));
    }

    @Test
    public void execution_unit_that_fails_to_start_reports_failure_on_start() throws Exception {
        OpResultStruct r = install(files.put("/f.jar", TestBundles.failing("com.example.failing", "1.0.0")));

        assertEquals(0, r.fault().faultCode());
        assertTrue(r.resolved());
        assertEquals("Idle", gw.value(EU + "1.Status"));
        assertEquals("FailureOnStart", gw.value(EU + "1.ExecutionFaultCode"));
        assertTrue(gw.value(EU + "1.ExecutionFaultMessage"), gw.value(EU + "1.ExecutionFaultMessage").contains("misconfigured"));
    }

    @Test
    public void file_larger_than_the_limit_fails_with_9027() throws Exception {
        OpResultStruct r = install(files.put("/big.jar", new byte[2 * 1024 * 1024]));

        assertFault(9027, r);
        assertEquals(List.of(), gw.instances(DU));
    }

    @Test
    public void refuses_requests_it_cannot_accept_at_once() throws Exception {
        RpcHandler handler = gw.context().getService(gw.context().getServiceReferences(RpcHandler.class, null).iterator().next());
        List<DuOperation> many = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            many.add(new UninstallOpStruct("12345678-1234-5234-8234-123456789abc", null, null));
        }

        assertEquals(9003, ((FaultMessage) handler.handle(new ChangeDUState(List.of(), "k"))).faultCode());
        assertEquals(9004, ((FaultMessage) handler.handle(new ChangeDUState(many, "k"))).faultCode());
        assertEquals(9003, ((FaultMessage) handler.handle(new ChangeDUState(
                List.of(new UninstallOpStruct("12345678-1234-5234-8234-123456789abc", null, null)),
                "a command key longer than thirty-two characters"))).faultCode());
        assertTrue(gw.queued.isEmpty());
    }

    @Test
    public void second_install_of_the_same_unit_fails_with_9026() throws Exception {
        String url = files.put("/v.jar", TestBundles.plain("com.example.plain", "1.0.0", null));
        install(url);

        OpResultStruct r = install(url);

        assertFault(9026, r);
        assertEquals("Failed", r.currentState());
        assertEquals(List.of(1L), gw.instances(DU));
    }

    @Test
    public void install_with_given_uuid_keeps_it_and_refuses_it_twice() throws Exception {
        String uuid = "12345678-1234-5234-8234-123456789abc";
        String a = files.put("/a.jar", TestBundles.plain("com.example.a", "1.0.0", null));
        String b = files.put("/b.jar", TestBundles.plain("com.example.b", "1.0.0", null));

        OpResultStruct r = only(gw.changeDuState("k", new InstallOpStruct(a, uuid, null, null, null)));
        assertEquals(uuid, r.uuid());
        assertEquals(uuid, gw.value(DU + "1.UUID"));
        assertFault(9026, only(gw.changeDuState("k", new InstallOpStruct(b, uuid, null, null, null))));
        assertFault(9022, only(gw.changeDuState("k", new InstallOpStruct(b, "not-a-uuid", null, null, null))));
    }

    @Test
    public void unknown_uuid_invalid_uuid_and_unknown_exec_env_fail_with_their_codes() throws Exception {
        String url = files.put("/v.jar", TestBundles.plain("com.example.plain", "1.0.0", null));

        DUStateChangeComplete c = gw.changeDuState("k",
                new UninstallOpStruct("12345678-1234-5234-8234-123456789abc", null, null),
                new UninstallOpStruct("nope", null, null),
                new InstallOpStruct(url, null, null, null, "Device.SoftwareModules.ExecEnv.2"),
                new UpdateOpStruct("12345678-1234-5234-8234-123456789abc", null, url, null, null));

        assertFault(9028, c.results().get(0));
        assertFault(9022, c.results().get(1));
        assertFault(9023, c.results().get(2));
        assertFault(9028, c.results().get(3));
        assertEquals(List.of(), gw.instances(DU));
    }

    @Test
    public void core_bundles_are_not_units_and_cannot_be_uninstalled() throws Exception {
        Bundle core = gw.context().installBundle("test:core",
                new java.io.ByteArrayInputStream(TestBundles.plain("homegw.fake.core", "1.0.0", null)));

        assertEquals(List.of(), gw.instances(DU));
        OpResultStruct r = only(gw.changeDuState("k", new UninstallOpStruct(DuUuid.of("Test Vendor", "homegw.fake.core"), null, null)));
        assertFault(9001, r);
        assertEquals(Bundle.INSTALLED, core.getState());
        assertTrue(gw.queued.isEmpty());
    }

    @Test
    public void example_vendor_bundles_are_units_although_named_homegw() throws Exception {
        OpResultStruct r = install(files.put("/plug.jar", TestBundles.plain("homegw.example.plug", "1.0.0", null)));

        assertEquals(0, r.fault().faultCode());
        assertEquals("homegw.example.plug", gw.value(DU + "1.Name"));
        assertFault(9001, install(files.put("/core.jar", TestBundles.plain("homegw.datamodel.fake", "1.0.0", null))));
    }

    @Test
    public void restart_keeps_unit_numbering() throws Exception {
        OpResultStruct a = install(files.put("/a.jar", TestBundles.withProvider("com.example.a", "1.0.0")));
        install(files.put("/b.jar", TestBundles.withProvider("com.example.b", "1.0.0")));
        install(files.put("/d.jar", TestBundles.withProvider("com.example.d", "1.0.0")));
        gw.changeDuState("rm", new UninstallOpStruct(a.uuid(), null, null));
        gw.set(EU + "3.RequestedState", "Idle");
        gw.awaitValue(EU + "3.Status", "Idle");

        gw.restart();

        assertEquals(List.of(2L, 3L), gw.instances(DU));
        assertEquals("com.example.b", gw.value(DU + "2.Name"));
        assertEquals(files.url("/b.jar"), gw.value(DU + "2.URL"));
        assertEquals("Active", gw.value(EU + "2.Status"));
        assertEquals("Device.X_TEST_Vendor", gw.value(EU + "2.References"));
        assertEquals("Idle", gw.value(EU + "3.Status"));
        assertNull(gw.value(DU + "1.Name"));
        OpResultStruct c = install(files.put("/c.jar", TestBundles.plain("com.example.c", "1.0.0", null)));
        assertEquals(DU + "4", c.deploymentUnitRef());
        assertEquals(EU + "4", c.executionUnitRefList());
        assertTrue(gw.queued.isEmpty());
    }

    @Test
    public void supported_data_model_list_names_the_models_the_running_unit_brought() throws Exception {
        gw.supportedModels = java.util.Map.of("Device.DeviceInfo.SupportedDataModel.1", "urn:bbf:tr-181",
                "Device.DeviceInfo.SupportedDataModel.2", "urn:example:test-model");
        install(files.put("/m.jar", TestBundles.withModel("com.example.model", "1.0.0", "urn:example:test-model")));
        install(files.put("/p.jar", TestBundles.plain("com.example.nomodel", "1.0.0", null)));

        assertEquals("Device.DeviceInfo.SupportedDataModel.2", gw.value(EU + "1.SupportedDataModelList"));
        assertEquals("", gw.value(EU + "2.SupportedDataModelList"));
        gw.set(EU + "1.RequestedState", "Idle");
        gw.awaitValue(EU + "1.Status", "Idle");
        assertEquals("a stopped unit's models are withdrawn", "", gw.value(EU + "1.SupportedDataModelList"));
    }

    private boolean hasBundle(String name) {
        for (Bundle b : gw.context().getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return true;
            }
        }
        return false;
    }
}
