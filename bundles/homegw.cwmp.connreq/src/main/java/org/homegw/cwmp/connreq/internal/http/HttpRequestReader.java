package org.homegw.cwmp.connreq.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one request head with hard limits, so a peer can neither make us buffer much nor hold a
 * worker forever: line length, header count, total size and a deadline for the whole head.
 * Never reads a body.
 */
final class HttpRequestReader {

    /** Limits for one request head. */
    record Limits(int maxLine, int maxHeaders, int maxHeadBytes, long headDeadlineMillis) {
        static final Limits DEFAULT = new Limits(2048, 32, 8192, 10_000);
    }

    private final InputStream in;
    private final Limits limits;
    private final byte[] line;
    private int headBytes;
    private long deadline;

    HttpRequestReader(InputStream in, Limits limits) {
        this.in = in;
        this.limits = limits;
        this.line = new byte[limits.maxLine()];
    }

    /** The next request head, or null when the peer closed the connection before sending a byte. */
    HttpRequestHead read() throws IOException, BadRequestException {
        headBytes = 0;
        deadline = 0;
        String requestLine = readLine(true);
        if (requestLine == null) {
            return null;
        }
        // RFC 9112 2.2: a server should ignore at least one empty line before the request line
        if (requestLine.isEmpty()) {
            requestLine = readLine(false);
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new BadRequestException(400, "malformed request line");
        }
        if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new BadRequestException(505, "unsupported version " + parts[2]);
        }
        Map<String, String> headers = new HashMap<>();
        int count = 0;
        for (String h = readLine(false); !h.isEmpty(); h = readLine(false)) {
            if (++count > limits.maxHeaders()) {
                throw new BadRequestException(431, "too many header fields");
            }
            int colon = h.indexOf(':');
            if (colon <= 0 || h.charAt(0) == ' ' || h.charAt(0) == '\t') {
                // obsolete line folding and nameless fields are refused (RFC 9112 5.2)
                throw new BadRequestException(400, "malformed header field");
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.putIfAbsent(name, h.substring(colon + 1).trim());
        }
        return new HttpRequestHead(parts[0], parts[1], parts[2], headers);
    }

    private String readLine(boolean firstOfRequest) throws IOException, BadRequestException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (firstOfRequest && n == 0) {
                    return null;
                }
                throw new BadRequestException(400, "connection closed inside the request head");
            }
            if (deadline == 0) {
                deadline = System.nanoTime() + limits.headDeadlineMillis() * 1_000_000L;
            } else if (System.nanoTime() - deadline > 0) {
                throw new SocketTimeoutException("request head not complete in time");
            }
            firstOfRequest = false;
            if (++headBytes > limits.maxHeadBytes()) {
                throw new BadRequestException(431, "request head too large");
            }
            if (b == '\n') {
                if (n > 0 && line[n - 1] == '\r') {
                    n--;
                }
                return new String(line, 0, n, StandardCharsets.ISO_8859_1);
            }
            // RFC 9112 2.2 (a bare CR is invalid) and RFC 9110 5.5 (no NUL in a field value): refused
            // outright rather than kept, so no CR ever reaches a header value
            if (n > 0 && line[n - 1] == '\r') {
                throw new BadRequestException(400, "bare CR in request head");
            }
            if (b == 0) {
                throw new BadRequestException(400, "NUL in request head");
            }
            if (n == line.length) {
                throw new BadRequestException(431, "line too long");
            }
            line[n++] = (byte) b;
        }
    }
}
