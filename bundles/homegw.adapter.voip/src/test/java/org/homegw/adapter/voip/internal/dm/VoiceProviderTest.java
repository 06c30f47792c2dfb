package org.homegw.adapter.voip.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homegw.adapter.voip.internal.sim.SimulatedVoiceDriver;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.testkit.SettableClock;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The VoiceService provider through the SPI over the simulated driver. */
public class VoiceProviderTest {

    private static final String V = "Device.Services.VoiceService.1.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private final SettableClock clock = new SettableClock();
    private final List<String> changes = new ArrayList<>();
    private SimulatedVoiceDriver driver;
    private VoiceProvider provider;
    private Path file;

    @Before
    public void setUp() throws IOException {
        file = tmp.getRoot().toPath().resolve("voip/config.properties");
        driver = new SimulatedVoiceDriver(clock, new Random(5), 2, 0.3);
        provider = open();
    }

    private VoiceProvider open() throws IOException {
        VoiceProvider p = new VoiceProvider("Device.", driver, new VoiceConfigStore(file));
        p.attach(paths -> changes.addAll(Arrays.asList(paths)));
        return p;
    }

    private String value(String path) {
        int dot = path.lastIndexOf('.');
        return provider.read(path.substring(0, dot + 1), List.of(path.substring(dot + 1))).value().get(path.substring(dot + 1));
    }

    private static List<ParameterWrite> set(String... pathValue) {
        List<ParameterWrite> out = new ArrayList<>();
        for (int i = 0; i < pathValue.length; i += 2) {
            out.add(new ParameterWrite(V + pathValue[i], pathValue[i + 1]));
        }
        return out;
    }

    private List<ParameterWrite> provisionLine1() {
        return set("SIP.Network.1.RegistrarServer", "sip.example.net", "SIP.Client.1.Enable", "true",
                "SIP.Client.1.RegisterURI", "sip:+15551234@sip.example.net", "SIP.Client.1.AuthUserName", "15551234",
                "SIP.Client.1.AuthPassword", "pw", "CallControl.Line.1.Enable", "true",
                "CallControl.Line.1.DirectoryNumber", "+15551234");
    }

    @Test
    public void factory_state_is_unprovisioned() {
        assertEquals(List.of(1L, 2L), provider.instances(V + "CallControl.Line.").value());
        assertEquals(List.of(1L, 2L, 3L, 4L), provider.instances(V + "Capabilities.Codec.").value());
        assertEquals("Disabled", value(V + "SIP.Client.1.Status"));
        assertEquals("Disabled", value(V + "CallControl.Line.1.Status"));
        assertEquals("G.711ALaw", value(V + "Capabilities.Codec.1.Codec"));
        assertEquals(V + "Capabilities.Codec.3", value(V + "CodecProfile.3.Codec"));
        assertEquals(V + "SIP.Client.2", value(V + "CallControl.Line.2.Provider"));
        assertEquals(Map.of("CallsReceived", "0", "TotalCallTime", "0"), provider.read(V + "CallControl.Line.1.Stats.IncomingCalls.",
                List.of("CallsReceived", "TotalCallTime")).value());
    }

    @Test
    public void provisioning_an_account_registers_the_line() {
        assertEquals(0, (int) provider.write(provisionLine1()).value());
        assertEquals("Registering", value(V + "SIP.Client.1.Status"));
        changes.clear();
        clock.advance(Duration.ofSeconds(15));
        driver.tick();
        assertEquals("Up", value(V + "SIP.Client.1.Status"));
        assertEquals("Up", value(V + "CallControl.Line.1.Status"));
        assertTrue(changes.contains(V + "SIP.Client.1.Status"));
        assertEquals("Disabled", value(V + "SIP.Client.2.Status"));
    }

    @Test
    public void an_enabled_account_without_uri_is_misconfigured() {
        provider.write(set("SIP.Client.2.Enable", "true", "CallControl.Line.2.Enable", "true"));
        assertEquals("Error_Misconfigured", value(V + "SIP.Client.2.Status"));
        assertEquals("Error", value(V + "CallControl.Line.2.Status"));
    }

    @Test
    public void values_the_device_cannot_use_are_9007_each() {
        List<ParameterFault> f = provider.validate(set("SIP.Client.1.RegisterURI", "alice@example",
                "SIP.Network.1.ProxyServer", "sip://proxy:5060", "CallControl.Line.1.DirectoryNumber", "555-1234",
                "CodecProfile.3.PacketizationPeriod", "10", "CodecProfile.3.SilenceSuppression", "true")).faultOrNull()
                .parameterFaults();
        assertEquals(5, f.size());
        assertTrue(f.stream().allMatch(x -> x.code() == CwmpFault.INVALID_PARAMETER_VALUE));
        assertEquals(CwmpFault.NOT_WRITABLE, provider.validate(set("SIP.Network.1.TimerT1", "500")).faultOrNull()
                .parameterFaults().get(0).code());
        assertTrue(provider.validate(set("CodecProfile.4.PacketizationPeriod", "40")).isSuccess());
    }

    @Test
    public void a_damaged_configuration_file_falls_back_to_factory_settings() throws IOException {
        provider.close();
        java.nio.file.Files.writeString(file, "SIP.Network.1.RegistrarServerPort=lots\nSIP.Client.1.Enable=true\n");
        provider = open();
        assertEquals("5060", value(V + "SIP.Network.1.RegistrarServerPort"));
        assertEquals("false", value(V + "SIP.Client.1.Enable"));
    }

    @Test
    public void configuration_survives_a_restart() throws IOException {
        provider.write(provisionLine1());
        provider.close();
        driver = new SimulatedVoiceDriver(clock, new Random(5), 2, 0.3);
        provider = open();
        assertEquals("sip:+15551234@sip.example.net", value(V + "SIP.Client.1.RegisterURI"));
        assertEquals("pw", value(V + "SIP.Client.1.AuthPassword"));
        assertEquals("Registering", value(V + "SIP.Client.1.Status"));
    }
}
