package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ParameterWrite;
import org.junit.Test;
import org.osgi.framework.Bundle;

/** The writable settings of units and of the execution environment: what they do and what survives a restart. */
public class UnitSettingsTest extends SoftwareModulesFixture {

    private static final String EE = "Device.SoftwareModules.ExecEnv.1.";

    /** Installs a unit that provides parameters, named {@code name}. */
    private void installProvider(String name) throws Exception {
        gw.changeDuState("k", new InstallOpStruct(files.put("/" + name + ".jar", TestBundles.withProvider(name, "1.0.0")),
                null, null, null, null));
    }

    private static int fault(Outcome<?> o) {
        return o.isSuccess() ? 0 : o.faultOrNull().code();
    }

    @Test
    public void aliases_are_kept_across_a_restart_and_must_be_unique() throws Exception {
        installProvider("com.example.a");
        installProvider("com.example.b");
        assertEquals("cpe-1", gw.value(DU + "1.Alias"));

        assertTrue(gw.set(DU + "1.Alias", "plug-app").isSuccess());
        assertTrue(gw.set(EU + "1.Alias", "plug-run").isSuccess());
        assertTrue(gw.set(EE + "Alias", "osgi").isSuccess());
        assertEquals(9007, fault(gw.set(DU + "2.Alias", "plug-app")));
        // another unit's CPE-assigned alias counts too
        assertEquals(9007, fault(gw.set(EU + "1.Alias", "cpe-2")));
        assertEquals(9007, fault(gw.set(DU + "2.Alias", "")));
        assertEquals(9007, fault(gw.set(DU + "2.Alias", "x".repeat(65))));

        gw.restart();

        assertEquals("plug-app", gw.value(DU + "1.Alias"));
        assertEquals("plug-run", gw.value(EU + "1.Alias"));
        assertEquals("osgi", gw.value(EE + "Alias"));
        assertEquals("cpe-2", gw.value(DU + "2.Alias"));
    }

    @Test
    public void autostart_false_keeps_the_unit_idle_after_a_restart_until_requested() throws Exception {
        installProvider("com.example.auto");
        assertEquals("true", gw.value(EU + "1.AutoStart"));
        assertTrue(gw.set(EU + "1.AutoStart", "false").isSuccess());
        assertEquals(9007, fault(gw.set(EU + "1.AutoStart", "maybe")));
        // AutoStart does not stop a running unit
        assertEquals("Active", gw.value(EU + "1.Status"));

        gw.restart();

        assertEquals("false", gw.value(EU + "1.AutoStart"));
        assertEquals("Idle", gw.value(EU + "1.Status"));
        assertTrue(gw.set(EU + "1.RequestedState", "Active").isSuccess());
        assertEquals("Active", gw.awaitValue(EU + "1.Status", "Active"));
    }

    @Test
    public void idle_deploy_folder_unit_stays_idle_when_the_folder_starts_it_again_after_a_restart() throws Exception {
        byte[] jar = TestBundles.withProvider("com.example.local", "1.0.0");
        String location = "file:/deploy/local.jar";
        // as the deploy/ folder's installer does: install, then start
        gw.context().installBundle(location, new java.io.ByteArrayInputStream(jar)).start();
        gw.next();
        assertEquals("Active", gw.value(EU + "1.Status"));
        assertTrue(gw.set(EU + "1.RequestedState", "Idle").isSuccess());
        assertEquals("Idle", gw.awaitValue(EU + "1.Status", "Idle"));

        gw.restart();
        Bundle again = gw.context().installBundle(location, new java.io.ByteArrayInputStream(jar));
        again.start();

        assertEquals("Idle", gw.awaitValue(EU + "1.Status", "Idle"));
        assertEquals("", gw.value(EU + "1.References"));
        // a start asked for afterwards (shell, ACS) is not undone
        again.start();
        Thread.sleep(200);
        assertEquals("Active", gw.value(EU + "1.Status"));
    }

    @Test
    public void exec_env_enable_false_and_reset_are_refused_with_9001() throws Exception {
        assertEquals(0, fault(gw.set(EE + "Enable", "true")));
        assertEquals(9001, fault(gw.set(EE + "Enable", "false")));
        assertEquals(9001, fault(gw.set(EE + "Reset", "true")));
        assertEquals(9001, fault(gw.set(EE + "InitialRunLevel", "3")));
        assertEquals("true", gw.value(EE + "Enable"));
    }

    @Test
    public void one_refused_write_applies_none_of_the_batch() throws Exception {
        installProvider("com.example.batch");
        List<ParameterWrite> writes = List.of(new ParameterWrite(DU + "1.Alias", "new-name"),
                new ParameterWrite(EE + "Reset", "true"));
        assertEquals(9001, fault(gw.provider().validate(writes)));
        assertEquals(9001, fault(gw.provider().write(writes)));
        assertEquals("cpe-1", gw.value(DU + "1.Alias"));
    }

    @Test
    public void update_without_uuid_or_url_fails_with_9003() throws Exception {
        installProvider("com.example.upd");
        var r = gw.changeDuState("u", new UpdateOpStruct(null, null, null, null, null)).results().get(0);
        assertEquals(r.fault().faultString(), 9003, r.fault().faultCode());
        assertEquals("1.0.0", gw.value(DU + "1.Version"));
    }
}
