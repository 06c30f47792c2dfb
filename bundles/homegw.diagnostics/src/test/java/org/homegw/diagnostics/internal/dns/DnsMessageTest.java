package org.homegw.diagnostics.internal.dns;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class DnsMessageTest {

    @Test
    public void query_encodes_header_name_and_type() {
        byte[] q = DnsMessage.query(0x1234, "www.lab.", DnsMessage.TYPE_AAAA);
        assertEquals(12 + 9 + 4, q.length);
        assertEquals(0x12, q[0]);
        assertEquals(0x01, q[2]);
        assertEquals(3, q[12]);
        assertEquals(28, q[q.length - 3]);
    }

    @Test
    public void rejects_a_truncated_response() {
        byte[] r = {0x12, 0x34, (byte) 0x81, (byte) 0x80, 0, 1, 0, 1, 0, 0, 0, 0, 3, 'w'};
        assertThrows(IllegalArgumentException.class, () -> DnsMessage.parse(r, r.length, 1));
    }

    @Test
    public void rejects_a_compression_pointer_loop() {
        byte[] r = {0x12, 0x34, (byte) 0x81, (byte) 0x80, 0, 1, 0, 0, 0, 0, 0, 0, (byte) 0xC0, 12, 0, 1, 0, 1};
        assertThrows(IllegalArgumentException.class, () -> DnsMessage.parse(r, r.length, 1));
    }

    @Test
    public void rejects_a_query_as_answer() {
        byte[] q = DnsMessage.query(1, "a.b", 1);
        assertThrows(IllegalArgumentException.class, () -> DnsMessage.parse(q, q.length, 1));
    }

    @Test
    public void rejects_labels_over_63_bytes() {
        assertThrows(IllegalArgumentException.class, () -> DnsMessage.query(1, "x".repeat(64) + ".lab", 1));
    }
}
