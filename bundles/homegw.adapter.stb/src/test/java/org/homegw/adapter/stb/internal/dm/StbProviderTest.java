package org.homegw.adapter.stb.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homegw.adapter.stb.internal.sim.SimulatedStb;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The STBService provider through the SPI over the simulated box. */
public class StbProviderTest {

    private static final String S = "Device.Services.STBService.1.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private final List<String> changes = new ArrayList<>();
    private SimulatedStb box;
    private StbProvider provider;
    private Path file;

    @Before
    public void setUp() throws IOException {
        file = tmp.getRoot().toPath().resolve("stb/config.properties");
        box = new SimulatedStb(new Random(4), 1.0);
        provider = open();
    }

    private StbProvider open() throws IOException {
        StbProvider p = new StbProvider("Device.", box, new StbConfigStore(file));
        p.attach(paths -> changes.addAll(Arrays.asList(paths)));
        return p;
    }

    private Map<String, String> read(String object, String... names) {
        return provider.read(S + object, List.of(names)).value();
    }

    @Test
    public void playing_box_shows_its_stream_through_the_components() {
        assertEquals(List.of(1L), provider.instances(S + "AVStreams.AVStream.").value());
        Map<String, String> stream = read("AVStreams.AVStream.1.", "Status", "Name", "FrontEnd", "Inbound", "AudioDecoder");
        assertEquals("Enabled", stream.get("Status"));
        assertEquals(S + "Components.FrontEnd.1.IP.Inbound.1", stream.get("Inbound"));
        assertEquals(box.playback().uri(), read("Components.FrontEnd.1.IP.Inbound.1.", "URI").get("URI"));
        assertEquals(box.playback().audioStandard(), read("Components.AudioDecoder.1.", "AudioStandard").get("AudioStandard"));
        assertEquals("1", read("AVPlayers.", "ActiveAVPlayers").get("ActiveAVPlayers"));
        assertEquals("MPEG2-Part2,MPEG4-Part10", read("Capabilities.VideoDecoder.", "VideoStandards").get("VideoStandards"));
    }

    @Test
    public void disabling_the_player_stops_the_stream_and_pushes_the_change() {
        assertEquals(0, (int) provider.write(List.of(new ParameterWrite(S + "AVPlayers.AVPlayer.1.Enable", "false"))).value());
        assertEquals("Disabled", read("AVPlayers.AVPlayer.1.", "Status").get("Status"));
        assertEquals(List.of(), provider.instances(S + "AVStreams.AVStream.").value());
        assertEquals("0", read("AVStreams.", "ActiveAVStreams").get("ActiveAVStreams"));
        assertTrue(changes.contains(S + "AVPlayers.AVPlayer.1.Status"));
        assertTrue(changes.contains(S + "AVStreams."));
    }

    @Test
    public void a_channel_change_is_pushed() {
        changes.clear();
        box.tick();
        assertTrue(changes.contains(S + "AVStreams."));
    }

    @Test
    public void language_must_be_an_iso_639_code_and_survives_a_restart() throws IOException {
        CwmpFault f = provider.validate(List.of(new ParameterWrite(S + "AVPlayers.PreferredAudioLanguage", "English")))
                .faultOrNull();
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        assertEquals(CwmpFault.NOT_WRITABLE, provider.validate(List.of(new ParameterWrite(S + "AVPlayers.ResetPINCode", "true")))
                .faultOrNull().parameterFaults().get(0).code());
        provider.write(List.of(new ParameterWrite(S + "AVPlayers.PreferredAudioLanguage", "deu"),
                new ParameterWrite(S + "Components.VideoDecoder.1.Enable", "false")));
        provider.close();
        box = new SimulatedStb(new Random(4), 1.0);
        provider = open();
        assertEquals("deu", read("AVPlayers.", "PreferredAudioLanguage").get("PreferredAudioLanguage"));
        assertEquals("Disabled", read("Components.VideoDecoder.1.", "Status").get("Status"));
    }
}
