package org.homegw.cwmp.connreq.internal.stun;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.Test;

public class StunMessageTest {

    private static final byte[] TID = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    @Test
    public void encodes_a_binding_request_with_the_tr111_attribute_byte_for_byte() {
        byte[] wire = new StunMessage(StunMessage.BINDING_REQUEST, TID, List.of(new StunMessage.Attribute(
                StunMessage.CONNECTION_REQUEST_BINDING, StunMessage.TR111_BINDING_VALUE))).encode(null);
        String expected = "0001" + "0018" + "000102030405060708090a0b0c0d0e0f" + "c001" + "0014"
                + HexFormat.of().formatHex("dslforum.org/TR-111 ".getBytes(StandardCharsets.US_ASCII));
        assertEquals(expected, HexFormat.of().formatHex(wire));
    }

    @Test
    public void decodes_a_hand_written_binding_response() throws Exception {
        byte[] wire = HexFormat.of().parseHex("0101" + "000c" + "000102030405060708090a0b0c0d0e0f"
                + "0001" + "0008" + "0001" + "1f90" + "cb007107");
        StunMessage m = StunMessage.decode(wire, wire.length);
        assertEquals(StunMessage.BINDING_RESPONSE, m.type());
        assertArrayEquals(TID, m.transactionId());
        assertEquals(new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 8080),
                StunMessage.decodeAddress(m.attribute(StunMessage.MAPPED_ADDRESS).orElseThrow()));
    }

    @Test
    public void message_integrity_is_hmac_sha1_over_the_preceding_bytes_padded_to_64() throws Exception {
        byte[] key = "secret".getBytes(StandardCharsets.UTF_8);
        byte[] wire = new StunMessage(StunMessage.BINDING_REQUEST, TID,
                List.of(new StunMessage.Attribute(StunMessage.USERNAME, StunMessage.encodeUsername("user"))))
                .encode(key);
        assertEquals(20 + 8 + 24, wire.length);
        assertEquals("length field counts the integrity attribute", 32, ((wire[2] & 0xFF) << 8) | (wire[3] & 0xFF));
        byte[] text = new byte[64];
        System.arraycopy(wire, 0, text, 0, 28);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] expected = mac.doFinal(text);
        byte[] actual = new byte[20];
        System.arraycopy(wire, 32, actual, 0, 20);
        assertArrayEquals(expected, actual);
        assertTrue(StunMessage.verifyIntegrity(wire, wire.length, key));
        assertFalse(StunMessage.verifyIntegrity(wire, wire.length, "other".getBytes(StandardCharsets.UTF_8)));
        wire[25] ^= 1;
        assertFalse("tampered", StunMessage.verifyIntegrity(wire, wire.length, key));
    }

    @Test
    public void pads_usernames_to_a_multiple_of_four() {
        assertEquals(8, StunMessage.encodeUsername("homegw").length);
        assertEquals(4, StunMessage.encodeUsername("abcd").length);
    }

    @Test
    public void error_code_round_trips() {
        byte[] v = StunMessage.encodeErrorCode(401, "Unauthorized");
        assertEquals(4, v[2]);
        assertEquals(1, v[3]);
        assertEquals(401, StunMessage.decodeErrorCode(v));
    }

    @Test
    public void rejects_truncated_or_inconsistent_messages() {
        String[] bad = {"0101", "0101000c000102030405060708090a0b0c0d0e0f", // length says 12, none present
            "0101000c000102030405060708090a0b0c0d0e0f00010010000100500102030400000000", // attr overruns
            "c101000000000000000000000000000000000000"}; // top bits set: not STUN
        for (String hex : bad) {
            byte[] b = HexFormat.of().parseHex(hex);
            try {
                StunMessage.decode(b, b.length);
                throw new AssertionError("accepted " + hex);
            } catch (IllegalArgumentException expected) {
                // fine
            }
        }
    }
}
