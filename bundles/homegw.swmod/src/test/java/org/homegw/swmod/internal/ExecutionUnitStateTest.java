package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Test;

/**
 * ExecutionUnit RequestedState (Idle / Active), its status changes as the registry sees them, the
 * writes it refuses, and the data models a running unit brings.
 */
public class ExecutionUnitStateTest extends SoftwareModulesFixture {

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
        List<String> fired = new CopyOnWriteArrayList<>();
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
    public void supported_data_model_list_names_the_models_the_running_unit_brought() throws Exception {
        gw.supportedModels = Map.of("Device.DeviceInfo.SupportedDataModel.1", "urn:bbf:tr-181",
                "Device.DeviceInfo.SupportedDataModel.2", "urn:example:test-model");
        install(files.put("/m.jar", TestBundles.withModel("com.example.model", "1.0.0", "urn:example:test-model")));
        install(files.put("/p.jar", TestBundles.plain("com.example.nomodel", "1.0.0", null)));

        assertEquals("Device.DeviceInfo.SupportedDataModel.2", gw.value(EU + "1.SupportedDataModelList"));
        assertEquals("", gw.value(EU + "2.SupportedDataModelList"));
        gw.set(EU + "1.RequestedState", "Idle");
        gw.awaitValue(EU + "1.Status", "Idle");
        assertEquals("a stopped unit's models are withdrawn", "", gw.value(EU + "1.SupportedDataModelList"));
    }
}
