package org.homegw.adapter.stb.internal.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.adapter.stb.spi.StbDriver.StbSettings;
import org.junit.Test;

public class SimulatedStbTest {

    private static StbSettings all(boolean on, String language) {
        return new StbSettings(on, on, on, on, language);
    }

    @Test
    public void plays_only_while_every_component_is_enabled() {
        SimulatedStb box = new SimulatedStb(new Random(1), 1.0);
        assertNull(box.playback());
        box.apply(all(true, ""));
        assertNotNull(box.playback());
        box.apply(new StbSettings(true, true, false, true, ""));
        assertNull(box.playback());
    }

    @Test
    public void the_viewer_zaps_and_each_change_is_reported() {
        SimulatedStb box = new SimulatedStb(new Random(2), 1.0);
        AtomicInteger reports = new AtomicInteger();
        box.setListener(reports::incrementAndGet);
        box.apply(all(true, ""));
        Set<String> seen = new HashSet<>();
        String before = box.playback().uri();
        for (int i = 0; i < 20; i++) {
            box.tick();
            seen.add(box.playback().uri());
        }
        assertEquals(21, reports.get());
        assertTrue(seen.size() > 1);
        assertTrue(box.audioStandards().contains(box.playback().audioStandard()));
        assertTrue(box.videoStandards().contains(box.playback().videoStandard()));
        assertNotEquals("", before);
    }

    @Test
    public void audio_follows_the_preferred_language_where_the_channel_has_it() {
        SimulatedStb box = new SimulatedStb(new Random(3), 0.0);
        box.apply(all(true, "fra"));
        // channel 1 (News 24) only carries English
        assertEquals("eng", box.playback().audioLanguage());
    }
}
