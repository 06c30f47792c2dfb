package org.homegw.adapter.stb.itest;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homegw.adapter.stb.internal.dm.AvOutputsProvider;
import org.homegw.adapter.stb.internal.dm.ServiceMonitoringProvider;
import org.homegw.adapter.stb.internal.dm.StbConfigStore;
import org.homegw.adapter.stb.internal.dm.StbProvider;
import org.homegw.adapter.stb.internal.sim.SimulatedStb;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.spi.ProviderConfigFile;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The STBService provider in the real registry on the shipped definitions (TR-135 under Device.Services.). */
public class StbAdapterRegistryTest {

    private static final Path DEFINITIONS = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static final String S = "Device.Services.STBService.1.";
    private static SchemaTree tree;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private DataModelRegistry registry;

    @BeforeClass
    public static void loadDefinitions() throws Exception {
        Assume.assumeTrue(Files.isRegularFile(DEFINITIONS));
        tree = DefinitionsAdapter.toTree(new DefinitionsLoader().load(DEFINITIONS));
    }

    @Before
    public void setUp() throws Exception {
        ProviderTable providers = new ProviderTable();
        registry = new RegistryAssembly(tree).stateDir(tmp.newFolder().toPath()).providers(providers).build().registry();
        SimulatedStb box = new SimulatedStb(new Random(9), 0.5);
        StbProvider provider = new StbProvider("Device.", box,
                new StbConfigStore(tmp.getRoot().toPath().resolve("stb.properties")));
        providers.add(new ProviderRegistration(provider, provider.paths(), 0, 8, true));
        AvOutputsProvider outputs = new AvOutputsProvider("Device.", box,
                new ProviderConfigFile(tmp.getRoot().toPath().resolve("outputs.properties"), "outputs"));
        providers.add(new ProviderRegistration(outputs, outputs.paths(), 0, 9, false));
        ServiceMonitoringProvider monitoring = new ServiceMonitoringProvider("Device.", box,
                new ProviderConfigFile(tmp.getRoot().toPath().resolve("monitoring.properties"), "monitoring"));
        providers.add(new ProviderRegistration(monitoring, monitoring.paths(), 0, 10, false));
    }

    @Test
    public void get_parameter_values_of_the_stb_service() {
        Map<String, String> v = new LinkedHashMap<>();
        registry.getValues(List.of(S), p -> v.put(p.path(), p.value())).value();
        assertEquals("Enabled", v.get(S + "AVPlayers.AVPlayer.1.Status"));
        assertEquals("1", v.get(S + "AVStreams.ActiveAVStreams"));
        assertEquals(S + "Components.VideoDecoder.1", v.get(S + "AVStreams.AVStream.1.VideoDecoder"));
        assertEquals("0", v.get(S + "Components.HDMINumberOfEntries"));
        assertEquals("2", v.get(S + "Components.AudioOutputNumberOfEntries"));
        assertEquals("HDMI0", v.get(S + "Components.VideoOutput.1.Name"));
        assertEquals("1", v.get(S + "ServiceMonitoring.MainStreamNumberOfEntries"));
        assertEquals(Long.parseLong(v.get(S + "ServiceMonitoring.MainStream.1.Total.RTPStats.PacketsExpected")),
                Long.parseLong(v.get(S + "ServiceMonitoring.MainStream.1.Total.RTPStats.PacketsReceived"))
                        + Long.parseLong(v.get(S + "ServiceMonitoring.MainStream.1.Total.RTPStats.PacketsLost")));
        assertEquals(0, (int) registry.setValues(List.of(ParameterValue.untyped(S + "Components.AudioOutput.1.AudioLevel", "0")),
                "k0", Caller.ACS).value());
        assertEquals("Muted", registry.getValue(S + "Components.AudioOutput.1.Status").value().value());
        assertEquals("1", registry.getValue("Device.Services.STBServiceNumberOfEntries").value().value());
    }

    @Test
    public void a_language_that_is_no_iso_639_code_is_9007_and_disabling_stops_the_stream() {
        CwmpFault f = registry.setValues(List.of(ParameterValue.untyped(S + "AVPlayers.PreferredAudioLanguage", "French")),
                "k", Caller.ACS).faultOrNull();
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        assertEquals(0, (int) registry.setValues(List.of(ParameterValue.untyped(S + "Components.FrontEnd.1.Enable", "0")),
                "k2", Caller.ACS).value());
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, registry.getValue(S + "AVStreams.AVStream.1.Name").faultOrNull().code());
        assertEquals("0", registry.getValue(S + "AVStreams.AVStreamNumberOfEntries").value().value());
    }
}
