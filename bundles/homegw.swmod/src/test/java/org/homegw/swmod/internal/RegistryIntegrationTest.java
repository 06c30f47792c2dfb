package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The provider behind the real registry and the shipped TR-181 2.19 definitions: what the ACS sees
 * in GetParameterValues and what SetParameterValues does, names, types and values checked by the
 * registry exactly as in the gateway.
 */
public class RegistryIntegrationTest {

    private static final Path DEFINITIONS = Path.of("../../device-config/datamodel/device-2.19.dmdefs");

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private FileServer files;
    private TestGateway gw;
    private DataModel model;

    @Before
    public void setUp() throws Exception {
        Assume.assumeTrue("definitions not found: " + DEFINITIONS.toAbsolutePath(), Files.isRegularFile(DEFINITIONS));
        files = new FileServer();
        gw = new TestGateway(tmp.newFolder("cache").toPath(), tmp.newFolder("state").toPath());
        RegistryAssembly.Assembled assembled = new RegistryAssembly(
                DefinitionsAdapter.toTree(new DefinitionsLoader().load(DEFINITIONS))).build();
        assembled.providers().add(new ProviderRegistration(gw.provider(), List.of("Device.SoftwareModules."), 0, 1, true));
        model = assembled.registry();
    }

    @After
    public void tearDown() throws Exception {
        if (gw != null) {
            gw.close();
            files.close();
        }
    }

    private Map<String, String> values(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        Outcome<Integer> n = model.getValues(List.of(path), v -> out.put(v.path(), v.value()));
        assertTrue(String.valueOf(n.faultOrNull()), n.isSuccess());
        return out;
    }

    @Test
    public void acs_reads_the_software_modules_subtree() throws Exception {
        gw.changeDuState("k", new InstallOpStruct(files.put("/v.jar", TestBundles.withProvider("com.example.vendor", "1.0.0")),
                null, null, null, null));

        Map<String, String> v = values("Device.SoftwareModules.");

        assertEquals("1", v.get("Device.SoftwareModules.ExecEnvNumberOfEntries"));
        assertEquals("1", v.get("Device.SoftwareModules.DeploymentUnitNumberOfEntries"));
        assertEquals("Up", v.get("Device.SoftwareModules.ExecEnv.1.Status"));
        assertEquals("OSGi", v.get("Device.SoftwareModules.ExecEnv.1.Name"));
        assertEquals("com.example.vendor", v.get("Device.SoftwareModules.DeploymentUnit.1.Name"));
        assertEquals("true", v.get("Device.SoftwareModules.DeploymentUnit.1.Resolved"));
        assertEquals("2026-11-27T08:00:00Z", v.get("Device.SoftwareModules.DeploymentUnit.1.Installed"));
        assertEquals("Active", v.get("Device.SoftwareModules.ExecutionUnit.1.Status"));
        assertEquals("Device.X_TEST_Vendor", v.get("Device.SoftwareModules.ExecutionUnit.1.References"));
    }

    @Test
    public void acs_stops_an_execution_unit_with_set_parameter_values() throws Exception {
        gw.changeDuState("k", new InstallOpStruct(files.put("/v.jar", TestBundles.plain("com.example.plain", "1.0.0", null)),
                null, null, null, null));
        String eu = "Device.SoftwareModules.ExecutionUnit.1.";

        Outcome<Integer> set = model.setValues(List.of(ParameterValue.untyped(eu + "RequestedState", "Idle")), "pk",
                DataModel.Caller.ACS);

        assertTrue(String.valueOf(set.faultOrNull()), set.isSuccess());
        assertEquals("Idle", gw.awaitValue(eu + "Status", "Idle"));
        Outcome<Integer> bad = model.setValues(List.of(ParameterValue.untyped(eu + "RequestedState", "Paused")), "pk",
                DataModel.Caller.ACS);
        assertEquals(9003, bad.faultOrNull().code());
        assertEquals(9007, bad.faultOrNull().parameterFaults().get(0).code());
    }
}
