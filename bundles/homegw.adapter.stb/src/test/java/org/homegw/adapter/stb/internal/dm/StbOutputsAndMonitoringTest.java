package org.homegw.adapter.stb.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homegw.adapter.stb.internal.sim.SimulatedStb;
import org.homegw.adapter.stb.spi.StbDriver.StbSettings;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.datamodel.spi.ProviderConfigFile;
import org.homegw.testkit.SettableClock;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** AV outputs and service monitoring of the simulated box through the provider SPI. */
public class StbOutputsAndMonitoringTest {

    private static final String S = "Device.Services.STBService.1.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final SettableClock clock = new SettableClock();
    private final List<String> changes = new ArrayList<>();
    private SimulatedStb box;
    private AvOutputsProvider outputs;
    private ServiceMonitoringProvider monitoring;

    @Before
    public void setUp() throws IOException {
        box = new SimulatedStb(clock, new Random(5), 0.5);
        box.apply(new StbSettings(true, true, true, true, ""));
        start();
    }

    private void start() throws IOException {
        Path dir = tmp.getRoot().toPath();
        outputs = new AvOutputsProvider("Device.", box, new ProviderConfigFile(dir.resolve("outputs.properties"), "o"));
        monitoring = new ServiceMonitoringProvider("Device.", box, new ProviderConfigFile(dir.resolve("mon.properties"), "m"));
        outputs.attach(p -> changes.addAll(List.of(p)));
        monitoring.attach(p -> changes.addAll(List.of(p)));
    }

    private Map<String, String> read(ProviderReader p, String object, String... names) {
        return p.read(S + object, List.of(names));
    }

    /** Reads one object from one of the two providers. */
    private interface ProviderReader {
        Map<String, String> read(String object, List<String> names);
    }

    private final ProviderReader out = (o, n) -> outputs.read(o, n).value();
    private final ProviderReader mon = (o, n) -> monitoring.read(o, n).value();

    private CwmpFault write(org.homegw.datamodel.spi.ParameterProvider p, String path, String value) {
        return p.write(List.of(new ParameterWrite(S + path, value))).faultOrNull();
    }

    @Test
    public void outputs_come_from_the_driver_with_their_formats() {
        assertEquals(List.of(1L, 2L), outputs.instances(S + "Components.AudioOutput.").value());
        assertEquals(List.of(1L), outputs.instances(S + "Components.VideoOutput.").value());
        assertEquals(Map.of("AudioOutputNumberOfEntries", "2", "VideoOutputNumberOfEntries", "1"),
                read(out, "Components.", "AudioOutputNumberOfEntries", "VideoOutputNumberOfEntries"));
        assertEquals(Map.of("Name", "SPDIF0", "Status", "Enabled", "AudioFormat", "DIGITAL-OPTICAL-SP/DIF", "AudioLevel", "50"),
                read(out, "Components.AudioOutput.2.", "Name", "Status", "AudioFormat", "AudioLevel"));
        assertEquals(Map.of("VideoFormat", "HDMI", "HDCP", "true"), read(out, "Components.VideoOutput.1.", "VideoFormat", "HDCP"));
        assertEquals("HDMI,DIGITAL-OPTICAL-SP/DIF", read(out, "Capabilities.AudioOutput.", "AudioFormats").get("AudioFormats"));
        // nothing playing: no active format
        box.apply(new StbSettings(false, true, true, true, ""));
        assertEquals("", read(out, "Components.VideoOutput.1.", "VideoFormat").get("VideoFormat"));
    }

    @Test
    public void mute_and_cancel_mute_and_disable_reach_the_driver_and_are_kept() throws IOException {
        assertEquals(null, write(outputs, "Components.AudioOutput.1.AudioLevel", "70"));
        assertEquals(null, write(outputs, "Components.AudioOutput.1.AudioLevel", "0"));
        assertEquals("Muted", read(out, "Components.AudioOutput.1.", "Status").get("Status"));
        assertTrue(changes.contains(S + "Components.AudioOutput.1.Status"));
        assertEquals(0, (int) box.outputSettings().audioLevels().get(0));
        assertEquals(null, write(outputs, "Components.AudioOutput.1.CancelMute", "true"));
        assertEquals(Map.of("AudioLevel", "70", "CancelMute", "false", "Status", "Enabled"),
                read(out, "Components.AudioOutput.1.", "AudioLevel", "CancelMute", "Status"));
        assertEquals(null, write(outputs, "Components.VideoOutput.1.Enable", "false"));
        assertEquals(false, box.outputSettings().enabled().get(2));
        start();
        assertEquals(Map.of("AudioLevel", "70"), read(out, "Components.AudioOutput.1.", "AudioLevel"));
        assertEquals("Disabled", read(out, "Components.VideoOutput.1.", "Status").get("Status"));
        assertEquals(CwmpFault.NOT_WRITABLE, write(outputs, "Components.VideoOutput.1.AudioLevel", "5").parameterFaults()
                .get(0).code());
        assertEquals(CwmpFault.NOT_WRITABLE, write(outputs, "Components.AudioOutput.3.Enable", "true").parameterFaults()
                .get(0).code());
    }

    @Test
    public void main_stream_totals_agree_with_one_another_and_reset() {
        clock.advance(Duration.ofSeconds(300));
        assertEquals(List.of(1L), monitoring.instances(S + "ServiceMonitoring.MainStream.").value());
        assertEquals(Map.of("Status", "Enabled", "ServiceType", "IPTV", "AVStream", S + "AVStreams.AVStream.1"),
                read(mon, "ServiceMonitoring.MainStream.1.", "Status", "ServiceType", "AVStream"));
        Map<String, String> rtp = read(mon, "ServiceMonitoring.MainStream.1.Total.RTPStats.", "TotalSeconds",
                "PacketsExpected", "PacketsReceived", "PacketsLost");
        assertEquals("300", rtp.get("TotalSeconds"));
        assertEquals(Long.parseLong(rtp.get("PacketsExpected")),
                Long.parseLong(rtp.get("PacketsReceived")) + Long.parseLong(rtp.get("PacketsLost")));
        Map<String, String> ts = read(mon, "ServiceMonitoring.MainStream.1.Total.MPEG2TSStats.", "TSPacketsReceived");
        assertEquals(7 * Long.parseLong(rtp.get("PacketsReceived")), Long.parseLong(ts.get("TSPacketsReceived")));
        assertEquals(null, write(monitoring, "ServiceMonitoring.MainStream.1.Total.Reset", "true"));
        assertEquals(Map.of("TotalSeconds", "0", "Reset", "false"),
                read(mon, "ServiceMonitoring.MainStream.1.Total.", "TotalSeconds", "Reset"));
    }

    @Test
    public void switching_monitoring_off_empties_the_totals_and_on_starts_afresh() throws IOException {
        clock.advance(Duration.ofSeconds(60));
        assertEquals(null, write(monitoring, "ServiceMonitoring.MainStream.1.Enable", "false"));
        assertEquals("Disabled", read(mon, "ServiceMonitoring.MainStream.1.", "Status").get("Status"));
        assertEquals(Map.of(), read(mon, "ServiceMonitoring.MainStream.1.Total.RTPStats.", "PacketsExpected"));
        start();
        assertEquals("kept across a restart", "false", read(mon, "ServiceMonitoring.MainStream.1.", "Enable").get("Enable"));
        clock.advance(Duration.ofSeconds(60));
        assertEquals(null, write(monitoring, "ServiceMonitoring.MainStream.1.Enable", "true"));
        assertEquals("0", read(mon, "ServiceMonitoring.MainStream.1.Total.", "TotalSeconds").get("TotalSeconds"));
        assertEquals(CwmpFault.NOT_WRITABLE, write(monitoring, "ServiceMonitoring.MainStream.1.ServiceType", "VoD")
                .parameterFaults().get(0).code());
    }
}
