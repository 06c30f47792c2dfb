package org.homegw.adapter.voip.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homegw.adapter.voip.internal.dm.VoiceConfigStore;
import org.homegw.adapter.voip.internal.dm.VoiceProvider;
import org.homegw.adapter.voip.internal.sim.SimulatedVoiceDriver;
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
import org.homegw.testkit.SettableClock;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The VoiceService provider in the real registry on the shipped definitions (TR-104 i2 under Device.Services.). */
public class VoipAdapterRegistryTest {

    private static final Path DEFINITIONS = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static final String V = "Device.Services.VoiceService.1.";
    private static SchemaTree tree;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private final SettableClock clock = new SettableClock();
    private SimulatedVoiceDriver driver;
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
        driver = new SimulatedVoiceDriver(clock, new Random(1), 2, 0.3);
        VoiceProvider provider = new VoiceProvider("Device.", driver,
                new VoiceConfigStore(tmp.getRoot().toPath().resolve("voip.properties")));
        providers.add(new ProviderRegistration(provider, provider.paths(), 0, 7, true));
    }

    private static ParameterValue pv(String path, String value) {
        return ParameterValue.untyped(V + path, value);
    }

    @Test
    public void get_parameter_values_of_the_voice_service() {
        Map<String, String> v = new LinkedHashMap<>();
        registry.getValues(List.of(V), p -> v.put(p.path(), p.value())).value();
        assertEquals("2", v.get(V + "CallControl.LineNumberOfEntries"));
        assertEquals("64000", v.get(V + "Capabilities.Codec.1.BitRate"));
        assertEquals("Disabled", v.get(V + "SIP.Client.1.Status"));
        assertEquals("0", v.get(V + "CallControl.Line.2.Stats.OutgoingCalls.CallsAttempted"));
        assertEquals("1", registry.getValue("Device.Services.VoiceServiceNumberOfEntries").value().value());
    }

    @Test
    public void a_register_uri_that_is_no_sip_uri_is_9007_and_nothing_is_applied() {
        CwmpFault f = registry.setValues(List.of(pv("SIP.Client.1.RegisterURI", "mailto:alice@example.net"),
                pv("SIP.Client.1.Enable", "true")), "k", Caller.ACS).faultOrNull();
        assertEquals(1, f.parameterFaults().size());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        assertEquals("false", registry.getValue(V + "SIP.Client.1.Enable").value().value());
    }

    @Test
    public void provisioning_through_the_registry_registers_and_keeps_the_password_secret() {
        assertEquals(0, (int) registry.setValues(List.of(pv("SIP.Network.1.RegistrarServer", "sip.example.net"),
                pv("SIP.Client.1.Enable", "1"), pv("SIP.Client.1.RegisterURI", "sip:alice@sip.example.net"),
                pv("SIP.Client.1.AuthPassword", "s3cret"), pv("CallControl.Line.1.Enable", "true")), "k", Caller.ACS).value());
        clock.advance(Duration.ofSeconds(15));
        driver.tick();
        assertEquals("Up", registry.getValue(V + "SIP.Client.1.Status").value().value());
        // GetParameterValues (what the ACS sees) hides it; getValue is the device's own read
        StringBuilder seen = new StringBuilder("unread");
        registry.getValues(List.of(V + "SIP.Client.1.AuthPassword"), p -> seen.replace(0, seen.length(), p.value())).value();
        assertEquals("", seen.toString());
        assertEquals("s3cret", registry.getValue(V + "SIP.Client.1.AuthPassword").value().value());
        assertTrue(registry.getValue(V + "CallControl.Line.1.CallStatus").isSuccess());
    }
}
