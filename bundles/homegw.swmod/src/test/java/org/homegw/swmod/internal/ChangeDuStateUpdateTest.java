package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;

import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * ChangeDUState Update (in place, by URL, a failed one keeping the old version, the versions it
 * refuses) and Uninstall.
 */
public class ChangeDuStateUpdateTest extends SoftwareModulesFixture {

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

    private boolean hasBundle(String name) {
        for (Bundle b : gw.context().getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return true;
            }
        }
        return false;
    }
}
