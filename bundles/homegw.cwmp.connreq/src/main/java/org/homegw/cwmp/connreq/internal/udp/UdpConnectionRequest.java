package org.homegw.cwmp.connreq.internal.udp;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A UDP Connection Request (TR-069 Annex G / TR-111 Part 2): one datagram holding an HTTP/1.1 GET
 * with an absolute URI, empty path and the query {@code ts, id, un, cn, sig}.
 */
public record UdpConnectionRequest(long timestamp, long messageId, String username, String cnonce,
        String signature) {

    /** Larger datagrams are not Connection Requests; bounds the parse work. */
    public static final int MAX_LENGTH = 1500;

    /** The text the signature covers: ts, id, un and cn concatenated as sent, no separators. */
    public String signedText() {
        return Long.toString(timestamp) + messageId + username + cnonce;
    }

    /** The request, or empty when the datagram is not a well-formed UDP Connection Request. */
    public static Optional<UdpConnectionRequest> parse(byte[] data, int length) {
        if (length <= 0 || length > MAX_LENGTH) {
            return Optional.empty();
        }
        String text = new String(data, 0, length, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String head = headEnd < 0 ? stripTrailingNewline(text) : text.substring(0, headEnd);
        if (headEnd >= 0 && headEnd + 4 != text.length()) {
            return Optional.empty(); // a body is not allowed
        }
        String[] lines = head.split("\r\n", -1);
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3 || !requestLine[0].equals("GET") || !requestLine[2].equals("HTTP/1.1")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String name = lines[i].substring(0, colon).trim();
            if (name.equalsIgnoreCase("Content-Length") && !lines[i].substring(colon + 1).trim().equals("0")) {
                return Optional.empty();
            }
        }
        return parseUri(requestLine[1]);
    }

    private static String stripTrailingNewline(String text) {
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text;
    }

    private static Optional<UdpConnectionRequest> parseUri(String uri) {
        if (!uri.regionMatches(true, 0, "http://", 0, 7)) {
            return Optional.empty();
        }
        int q = uri.indexOf('?', 7);
        if (q < 0) {
            return Optional.empty();
        }
        // authority should equal UDPConnectionRequestAddress; not enforced, the NAT may have re-mapped meanwhile
        String authorityAndPath = uri.substring(7, q);
        int slash = authorityAndPath.indexOf('/');
        if (slash == 0 || (slash > 0 && slash != authorityAndPath.length() - 1)) {
            return Optional.empty(); // empty path required ("/" tolerated)
        }
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.substring(q + 1).split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            String value;
            try {
                value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (query.put(pair.substring(0, eq), value) != null) {
                return Optional.empty();
            }
        }
        String ts = query.get("ts");
        String id = query.get("id");
        String un = query.get("un");
        String cn = query.get("cn");
        String sig = query.get("sig");
        if (ts == null || id == null || un == null || cn == null || sig == null
                || !ts.matches("[0-9]{1,18}") || !id.matches("[0-9]{1,10}") || !sig.matches("[0-9a-fA-F]{40}")) {
            return Optional.empty();
        }
        long messageId = Long.parseLong(id);
        if (messageId > 0xFFFF_FFFFL) {
            return Optional.empty();
        }
        return Optional.of(new UdpConnectionRequest(Long.parseLong(ts), messageId, un, cn,
                sig.toLowerCase(Locale.ROOT)));
    }
}
