package org.homegw.example.smartplug.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.testkit.SettableClock;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The smart plug provider through the provider SPI, over the simulated plug and a test clock. */
public class SmartPlugProviderTest {

    private static final String P = "Device.X_000000_SmartPlug.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final SettableClock clock = new SettableClock();
    private final List<String> changes = new ArrayList<>();
    private SimulatedPlug plug;
    private SmartPlugProvider provider;
    private Path file;

    @Before
    public void setUp() {
        file = tmp.getRoot().toPath().resolve("smartplug/outlets.properties");
        plug = new SimulatedPlug(clock, List.of(60, 2000));
        provider = open(plug);
    }

    private SmartPlugProvider open(SimulatedPlug p) {
        SmartPlugProvider sp = new SmartPlugProvider("Device.", p, new OutletSettingsStore(file));
        sp.attach(paths -> changes.addAll(Arrays.asList(paths)));
        return sp;
    }

    private Map<String, String> outlet(int n) {
        return provider.read(P + "Outlet." + n + ".", List.of("Name", "Enable", "Status", "Power", "Voltage",
                "Current", "Energy", "MaxPower")).value();
    }

    private static List<ParameterWrite> set(String... pathValue) {
        List<ParameterWrite> out = new ArrayList<>();
        for (int i = 0; i < pathValue.length; i += 2) {
            out.add(new ParameterWrite(P + pathValue[i], pathValue[i + 1]));
        }
        return out;
    }

    @Test
    public void outlets_start_off_with_factory_settings() {
        assertEquals(List.of(1L, 2L), provider.instances(P + "Outlet.").value());
        assertEquals("2", provider.read(P, List.of("OutletNumberOfEntries")).value().get("OutletNumberOfEntries"));
        assertEquals(Map.of("Name", "Outlet 1", "Enable", "false", "Status", "Off", "Power", "0", "Voltage", "230000",
                "Current", "0", "Energy", "0", "MaxPower", "3000"), outlet(1));
        assertEquals(Map.of(), provider.read(P + "Outlet.3.", List.of("Name")).value());
    }

    @Test
    public void switching_on_measures_power_and_energy_accumulates_with_time() {
        assertTrue(provider.write(set("Outlet.2.Enable", "true")).isSuccess());
        assertTrue(changes.contains(P + "Outlet.2.Status"));
        assertEquals("On", outlet(2).get("Status"));
        assertEquals("2000", outlet(2).get("Power"));
        assertEquals(Long.toString(2000L * 1_000_000 / 230_000), outlet(2).get("Current"));
        clock.advance(Duration.ofMinutes(30));
        plug.tick();
        assertEquals("1000", outlet(2).get("Energy"));
        assertEquals("0", outlet(1).get("Energy"));
    }

    @Test
    public void switching_on_above_max_power_is_invalid_value_9007() {
        CwmpFault f = provider.validate(set("Outlet.2.MaxPower", "1500", "Outlet.2.Enable", "true")).faultOrNull();
        assertEquals(1, f.parameterFaults().size());
        assertEquals(P + "Outlet.2.Enable", f.parameterFaults().get(0).parameterName());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        assertEquals(CwmpFault.NOT_WRITABLE, provider.validate(set("Outlet.1.Power", "5")).faultOrNull()
                .parameterFaults().get(0).code());
        assertTrue(provider.validate(set("Outlet.1.MaxPower", "100", "Outlet.1.Enable", "true")).isSuccess());
    }

    @Test
    public void lowering_max_power_under_the_load_trips_the_outlet_and_pushes_the_change() {
        provider.write(set("Outlet.2.Enable", "true"));
        changes.clear();
        provider.write(set("Outlet.2.MaxPower", "1000"));
        assertEquals("Overload", outlet(2).get("Status"));
        assertEquals("false", outlet(2).get("Enable"));
        assertEquals("0", outlet(2).get("Power"));
        assertTrue(changes.containsAll(List.of(P + "Outlet.2.Status", P + "Outlet.2.Enable")));
    }

    @Test
    public void settings_survive_a_restart() {
        provider.write(set("Outlet.1.Name", "Lamp", "Outlet.1.Enable", "true", "Outlet.2.MaxPower", "2500"));
        provider.close();
        plug = new SimulatedPlug(clock, List.of(60, 2000));
        provider = open(plug);
        assertEquals("Lamp", outlet(1).get("Name"));
        assertEquals("On", outlet(1).get("Status"));
        assertEquals("2500", outlet(2).get("MaxPower"));
    }

    @Test
    public void damaged_saved_settings_are_ignored() throws java.io.IOException {
        provider.close();
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, "Outlet.1.MaxPower=huge\nOutlet.1.Enable=maybe\nOutlet.2.Name=Kettle\n");
        plug = new SimulatedPlug(clock, List.of(60, 2000));
        provider = open(plug);
        assertEquals("3000", outlet(1).get("MaxPower"));
        assertEquals("Off", outlet(1).get("Status"));
        assertEquals("Kettle", outlet(2).get("Name"));
    }
}
