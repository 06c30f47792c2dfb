package org.homegw.diagnostics.internal.ping;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class PingOutputParserTest {

    private static final String IPUTILS = """
            PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.
            64 bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=0.045 ms
            64 bytes from 192.0.2.1: icmp_seq=3 ttl=64 time=12.5 ms
            64 bytes from 192.0.2.1: icmp_seq=3 ttl=64 time=12.9 ms (DUP!)

            --- 192.0.2.1 ping statistics ---
            4 packets transmitted, 2 received, +1 duplicates, 50% packet loss, time 3004ms
            rtt min/avg/max/mdev = 0.045/6.272/12.500/6.227 ms
            """;

    private static final String BUSYBOX = """
            PING 192.0.2.1 (192.0.2.1): 56 data bytes
            64 bytes from 192.0.2.1: seq=0 ttl=64 time=1.234 ms
            64 bytes from 192.0.2.1: seq=1 ttl=64 time=0.100 ms

            --- 192.0.2.1 ping statistics ---
            3 packets transmitted, 2 packets received, 33% packet loss
            """;

    @Test
    public void reads_iputils_replies_and_ignores_duplicates() {
        PingReplies r = PingOutputParser.parse(IPUTILS, 9);
        assertEquals(List.of(45L, 12_500L), r.roundTripMicros());
        assertEquals(4, r.sent());
        assertEquals(2, r.failures());
    }

    @Test
    public void reads_busybox_replies() {
        PingReplies r = PingOutputParser.parse(BUSYBOX, 9);
        assertEquals(List.of(1_234L, 100L), r.roundTripMicros());
        assertEquals(3, r.sent());
    }

    @Test
    public void without_a_summary_the_requested_count_is_what_was_sent() {
        PingReplies r = PingOutputParser.parse("64 bytes from ::1: icmp_seq=1 ttl=64 time=0.2 ms\n", 5);
        assertEquals(5, r.sent());
        assertEquals(4, r.failures());
    }

    @Test
    public void recognises_an_unreachable_network() {
        assertTrue(PingOutputParser.saysUnreachable("connect: Network is unreachable"));
        assertTrue(PingOutputParser.saysUnreachable("From 10.0.0.1 icmp_seq=1 Destination Host Unreachable\nNo route to host"));
        assertFalse(PingOutputParser.saysUnreachable(IPUTILS));
    }
}
