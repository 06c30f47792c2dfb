package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.junit.Test;

/**
 * ChangeDUState requests and operations that fail, each with its fault code: the file server (9015,
 * 9013, 9016, 9012), the file (9018, 9027), the unit (9026, 9028, 9022, 9023), and requests refused at
 * once (9003, 9004).
 */
public class ChangeDuStateFaultTest extends SoftwareModulesFixture {

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
    public void file_larger_than_the_limit_fails_with_9027() throws Exception {
        OpResultStruct r = install(files.put("/big.jar", new byte[2 * 1024 * 1024]));

        assertFault(9027, r);
        assertEquals(List.of(), gw.instances(DU));
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
}
