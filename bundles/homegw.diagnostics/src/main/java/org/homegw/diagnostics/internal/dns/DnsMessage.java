package org.homegw.diagnostics.internal.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The little of RFC 1035 an NS lookup needs: a recursive query for one name and type, and its answer. */
public final class DnsMessage {

    public static final int TYPE_A = 1;
    public static final int TYPE_CNAME = 5;
    public static final int TYPE_AAAA = 28;
    public static final int RCODE_NXDOMAIN = 3;

    private static final int MAX_POINTERS = 32;

    private DnsMessage() {
    }

    /** A decoded response: the answer addresses with the owner name of the first, AA bit and RCODE. */
    public record Answer(int id, boolean authoritative, int rcode, String ownerName, List<InetAddress> addresses) {
    }

    /** A standard query, recursion desired, class IN. */
    public static byte[] query(int id, String name, int type) {
        ByteBuffer b = ByteBuffer.allocate(512);
        b.putShort((short) id).putShort((short) 0x0100).putShort((short) 1).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0);
        writeName(b, name);
        b.putShort((short) type).putShort((short) 1);
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    private static void writeName(ByteBuffer b, String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (!n.isEmpty()) {
            for (String label : n.split("\\.")) {
                byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
                if (bytes.length == 0 || bytes.length > 63) {
                    throw new IllegalArgumentException("bad DNS label in " + name);
                }
                b.put((byte) bytes.length).put(bytes);
            }
        }
        b.put((byte) 0);
    }

    /**
     * Decodes a response to a query of {@code type}.
     *
     * @throws IllegalArgumentException when the packet is not a well-formed DNS response
     */
    public static Answer parse(byte[] packet, int length, int type) {
        try {
            ByteBuffer b = ByteBuffer.wrap(packet, 0, length);
            int id = b.getShort() & 0xFFFF;
            int flags = b.getShort() & 0xFFFF;
            if ((flags & 0x8000) == 0) {
                throw new IllegalArgumentException("not a response");
            }
            int qd = b.getShort() & 0xFFFF;
            int an = b.getShort() & 0xFFFF;
            b.getShort();
            b.getShort();
            for (int i = 0; i < qd; i++) {
                readName(b, packet);
                b.position(b.position() + 4);
            }
            List<InetAddress> addresses = new ArrayList<>();
            String owner = "";
            for (int i = 0; i < an; i++) {
                String name = readName(b, packet);
                int rrType = b.getShort() & 0xFFFF;
                b.getShort();
                b.getInt();
                int rdLength = b.getShort() & 0xFFFF;
                byte[] rdata = new byte[rdLength];
                b.get(rdata);
                if (rrType == type && (rdLength == 4 || rdLength == 16)) {
                    if (addresses.isEmpty()) {
                        owner = name;
                    }
                    addresses.add(InetAddress.getByAddress(rdata));
                }
            }
            return new Answer(id, (flags & 0x0400) != 0, flags & 0xF, owner, addresses);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | UnknownHostException e) {
            throw new IllegalArgumentException("truncated or malformed DNS response", e);
        }
    }

    /** A possibly compressed name; pointers are followed at most {@value #MAX_POINTERS} times. */
    private static String readName(ByteBuffer b, byte[] packet) {
        StringBuilder name = new StringBuilder();
        int pos = b.position();
        int end = -1;
        for (int jumps = 0; ; ) {
            int len = packet[pos] & 0xFF;
            if (len == 0) {
                pos++;
                break;
            }
            if ((len & 0xC0) == 0xC0) {
                if (++jumps > MAX_POINTERS) {
                    throw new IllegalArgumentException("DNS name pointer loop");
                }
                if (end < 0) {
                    end = pos + 2;
                }
                pos = ((len & 0x3F) << 8) | (packet[pos + 1] & 0xFF);
                continue;
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(new String(packet, pos + 1, len, StandardCharsets.US_ASCII));
            pos += 1 + len;
        }
        b.position(end >= 0 ? end : pos);
        return name.toString();
    }
}
