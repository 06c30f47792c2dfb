package org.homegw.datamodel.internal.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.homegw.datamodel.api.DataModel.Caller;
import org.junit.Test;

public class JournalCodecTest {

    private static final JournalCodec.Contents SAMPLE = new JournalCodec.Contents(List.of(
            new JournalEntry("Device.WiFi.SSID.1.SSID", "tab\there\nline\\slash\r", "org.x.Wifi", Caller.ACS),
            new JournalEntry("Device.ManagementServer.Username", "", "org.x.Store", Caller.LOCAL)), "key\t1");

    @Test
    public void round_trips_entries_key_and_escapes() throws IOException {
        JournalCodec.Contents back = JournalCodec.decode(JournalCodec.encode(SAMPLE));
        assertEquals(SAMPLE, back);
    }

    @Test
    public void journal_without_key_round_trips() throws IOException {
        JournalCodec.Contents keyless = new JournalCodec.Contents(SAMPLE.entries(), null);
        assertNull(JournalCodec.decode(JournalCodec.encode(keyless)).parameterKey());
    }

    @Test
    public void every_cut_short_journal_is_rejected() {
        byte[] whole = JournalCodec.encode(SAMPLE);
        for (int length = 0; length < whole.length; length++) {
            try {
                JournalCodec.decode(Arrays.copyOf(whole, length));
                fail("accepted a journal cut at " + length + " of " + whole.length);
            } catch (IOException expected) {
                assertTrue(expected.getMessage() != null);
            }
        }
    }

    @Test
    public void end_count_must_match_the_entries() {
        String text = new String(JournalCodec.encode(SAMPLE), StandardCharsets.UTF_8).replace("end\t2", "end\t3");
        try {
            JournalCodec.decode(text.getBytes(StandardCharsets.UTF_8));
            fail("accepted a wrong count");
        } catch (IOException expected) {
            assertTrue(expected.getMessage().contains("end line"));
        }
    }

    @Test
    public void unknown_caller_is_rejected() {
        String text = new String(JournalCodec.encode(SAMPLE), StandardCharsets.UTF_8).replace("set\tACS", "set\tNOBODY");
        try {
            JournalCodec.decode(text.getBytes(StandardCharsets.UTF_8));
            fail("accepted an unknown caller");
        } catch (IOException expected) {
            assertTrue(expected.getMessage().contains("NOBODY"));
        }
    }
}
