package org.homegw.cwmp.connreq.internal.stun;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A classic STUN message (RFC 3489 section 11): 20-byte header (type, length, 128-bit transaction
 * id) and type-length-value attributes, plus the two attributes TR-111 Part 2 adds.
 */
public record StunMessage(int type, byte[] transactionId, List<Attribute> attributes) {

    public static final int BINDING_REQUEST = 0x0001;
    public static final int BINDING_RESPONSE = 0x0101;
    public static final int BINDING_ERROR_RESPONSE = 0x0111;

    public static final int MAPPED_ADDRESS = 0x0001;
    public static final int SOURCE_ADDRESS = 0x0004;
    public static final int CHANGED_ADDRESS = 0x0005;
    public static final int USERNAME = 0x0006;
    public static final int MESSAGE_INTEGRITY = 0x0008;
    public static final int ERROR_CODE = 0x0009;
    /** TR-111 Part 2 (MEM in our digest: type 0xC001, value "dslforum.org/TR-111 " with its trailing space). */
    public static final int CONNECTION_REQUEST_BINDING = 0xC001;
    /** TR-111 Part 2 (MEM: type 0xC002, empty value). */
    public static final int BINDING_CHANGE = 0xC002;
    public static final byte[] TR111_BINDING_VALUE = "dslforum.org/TR-111 ".getBytes(StandardCharsets.US_ASCII);

    private static final int HEADER = 20;
    private static final int INTEGRITY_LENGTH = 20;

    /** One attribute; the value excludes any padding. */
    public record Attribute(int type, byte[] value) {
    }

    public StunMessage {
        if (transactionId.length != 16) {
            throw new IllegalArgumentException("transaction id must be 16 bytes");
        }
        attributes = List.copyOf(attributes);
    }

    public Optional<byte[]> attribute(int attributeType) {
        return attributes.stream().filter(a -> a.type() == attributeType).map(Attribute::value).findFirst();
    }

    /** The wire form; with a key, a MESSAGE-INTEGRITY attribute is appended (RFC 3489 11.2.8). */
    public byte[] encode(byte[] integrityKey) {
        int length = 0;
        for (Attribute a : attributes) {
            length += 4 + padded(a.value().length);
        }
        int total = HEADER + length + (integrityKey == null ? 0 : 4 + INTEGRITY_LENGTH);
        ByteBuffer b = ByteBuffer.allocate(total);
        b.putShort((short) type).putShort((short) (total - HEADER)).put(transactionId);
        for (Attribute a : attributes) {
            b.putShort((short) a.type()).putShort((short) a.value().length).put(a.value());
            b.position(b.position() + padded(a.value().length) - a.value().length);
        }
        if (integrityKey != null) {
            byte[] hmac = integrity(b.array(), b.position(), integrityKey);
            b.putShort((short) MESSAGE_INTEGRITY).putShort((short) INTEGRITY_LENGTH).put(hmac);
        }
        return b.array();
    }

    /** Parses a datagram; throws IllegalArgumentException naming the problem when it is not a valid message. */
    public static StunMessage decode(byte[] data, int length) {
        if (length < HEADER) {
            throw new IllegalArgumentException("shorter than a STUN header");
        }
        ByteBuffer b = ByteBuffer.wrap(data, 0, length);
        int type = b.getShort() & 0xFFFF;
        int bodyLength = b.getShort() & 0xFFFF;
        if ((type & 0xC000) != 0 || bodyLength != length - HEADER) {
            throw new IllegalArgumentException("bad STUN type or length");
        }
        byte[] tid = new byte[16];
        b.get(tid);
        List<Attribute> attributes = new ArrayList<>();
        while (b.remaining() > 0) {
            if (b.remaining() < 4) {
                throw new IllegalArgumentException("truncated attribute header");
            }
            int at = b.getShort() & 0xFFFF;
            int al = b.getShort() & 0xFFFF;
            // RFC 3489 attributes are word-sized; newer servers pad odd ones to 4 bytes, so skip padding
            if (al > b.remaining()) {
                throw new IllegalArgumentException("attribute 0x" + Integer.toHexString(at) + " overruns message");
            }
            byte[] v = new byte[al];
            b.get(v);
            b.position(Math.min(b.limit(), b.position() + padded(al) - al));
            attributes.add(new Attribute(at, v));
        }
        return new StunMessage(type, tid, attributes);
    }

    /** Checks the MESSAGE-INTEGRITY attribute of a received message; false when absent or wrong. */
    public static boolean verifyIntegrity(byte[] data, int length, byte[] key) {
        int pos = HEADER;
        while (pos + 4 <= length) {
            int at = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
            int al = ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
            if (at == MESSAGE_INTEGRITY) {
                if (al != INTEGRITY_LENGTH || pos + 4 + al > length) {
                    return false;
                }
                byte[] expected = integrity(data, pos, key);
                return MessageDigest.isEqual(expected, Arrays.copyOfRange(data, pos + 4, pos + 4 + al));
            }
            pos += 4 + padded(al);
        }
        return false;
    }

    /** HMAC-SHA1 over the message up to the integrity attribute, zero-padded to a multiple of 64 bytes. */
    static byte[] integrity(byte[] message, int upTo, byte[] key) {
        byte[] text = new byte[(upTo + 63) / 64 * 64];
        System.arraycopy(message, 0, text, 0, upTo);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
            return mac.doFinal(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    /** MAPPED-ADDRESS style value: 0, family 1 (IPv4), port, address. */
    public static byte[] encodeAddress(InetSocketAddress address) {
        byte[] ip = address.getAddress().getAddress();
        if (ip.length != 4) {
            throw new IllegalArgumentException("RFC 3489 carries IPv4 addresses only");
        }
        return ByteBuffer.allocate(8).put((byte) 0).put((byte) 1).putShort((short) address.getPort()).put(ip).array();
    }

    public static InetSocketAddress decodeAddress(byte[] value) {
        if (value.length != 8 || value[1] != 1) {
            throw new IllegalArgumentException("not an IPv4 STUN address");
        }
        int port = ((value[2] & 0xFF) << 8) | (value[3] & 0xFF);
        try {
            InetAddress ip = InetAddress.getByAddress(Arrays.copyOfRange(value, 4, 8));
            if (!(ip instanceof Inet4Address)) {
                throw new IllegalArgumentException("not IPv4");
            }
            return new InetSocketAddress(ip, port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** ERROR-CODE value: class in byte 2, number in byte 3, then the reason phrase padded to 4 bytes. */
    public static byte[] encodeErrorCode(int code, String reason) {
        byte[] r = reason.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + padded(r.length));
        b.putShort((short) 0).put((byte) (code / 100)).put((byte) (code % 100)).put(r);
        return b.array();
    }

    public static int decodeErrorCode(byte[] value) {
        if (value.length < 4) {
            throw new IllegalArgumentException("short ERROR-CODE");
        }
        return (value[2] & 0x07) * 100 + (value[3] & 0xFF);
    }

    /**
     * USERNAME value: RFC 3489 wants a multiple of 4 bytes. STUNUsername is free text, so we pad it
     * with NUL bytes (our choice; TR-111 does not say how).
     */
    public static byte[] encodeUsername(String username) {
        byte[] u = username.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(u, padded(u.length));
    }

    static int padded(int n) {
        return (n + 3) & ~3;
    }
}
