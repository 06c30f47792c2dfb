package org.homegw.example.smartplug.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.definitions.CompactDefinitionsReader;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.definitions.ObjectDefinition;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.contrib.Contribution;
import org.homegw.datamodel.internal.contrib.ContributedDefinitions.Verdict;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The definitions file the build puts into the bundle (OSGI-INF/homegw/datamodel/, compiled from
 * src/main/dm with {@code DefinitionsCompiler --additions-to}): it holds only the plug's additions, and
 * merged into the shipped Device:2.19 definitions at run time it makes the plug's parameters work.
 */
public class BundledDefinitionsTest {

    private static final Path BUNDLED = Path.of("target/classes/OSGI-INF/homegw/datamodel/X_000000_SmartPlug.dmdefs");
    private static final Path SHIPPED = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static final String P = "Device.X_000000_SmartPlug.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void the_bundle_carries_only_the_plug_additions() throws Exception {
        DataModelDefinitions plug = new CompactDefinitionsReader().read(BUNDLED);
        assertEquals(List.of("Device.", P, P + "Outlet.{i}."), plug.objects().stream().map(ObjectDefinition::path).toList());
        assertEquals(10, plug.parameters().size());
        assertEquals("X_000000_SmartPlug:2.19", plug.name());
        assertEquals("Device:2.19", plug.models().get(0).base());
        assertTrue("small enough to carry: " + Files.size(BUNDLED), Files.size(BUNDLED) < 4096);
    }

    @Test
    public void merged_at_run_time_the_plug_parameters_are_served() throws Exception {
        ProviderTable providers = new ProviderTable();
        RegistryAssembly.Assembled registry = new RegistryAssembly(DefinitionsAdapter.toTree(new DefinitionsLoader().load(SHIPPED)))
                .stateDir(tmp.newFolder().toPath()).providers(providers).build();
        SmartPlugProvider provider = new SmartPlugProvider("Device.", new SimulatedPlug(Clock.systemUTC(), List.of(60, 2000)),
                new OutletSettingsStore(tmp.getRoot().toPath().resolve("plug.properties")));
        providers.add(new ProviderRegistration(provider, provider.paths(), 0, 1, true));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, registry.registry().getValue(P + "ModelName").faultOrNull().code());

        Contribution bundled = Contribution.of(1L, "homegw.example.smartplug", new CompactDefinitionsReader().read(BUNDLED));
        assertEquals(Verdict.MERGED, registry.definitions().add(bundled).verdict());
        Map<String, String> v = new LinkedHashMap<>();
        registry.registry().getValues(List.of(P), pv -> v.put(pv.path(), pv.value())).value();
        assertEquals("2", v.get(P + "OutletNumberOfEntries"));
        assertEquals("3000", v.get(P + "Outlet.1.MaxPower"));
        assertEquals(2 + 2 * 8, v.size());
        assertEquals("urn:example-com:homegw-smartplug-1-0", registry.registry().getValue(
                "Device.DeviceInfo.SupportedDataModel.5.URN").value().value());
    }
}
