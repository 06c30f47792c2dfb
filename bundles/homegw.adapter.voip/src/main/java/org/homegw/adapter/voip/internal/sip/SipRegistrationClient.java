package org.homegw.adapter.voip.internal.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registers a SIP address of record with a registrar over UDP (RFC 3261 section 10): REGISTER,
 * answer a 401/407 Digest challenge once, and report the final response. Retransmits with timer E
 * (T1 doubling up to T2) until timer F (64*T1) as section 17.1.2.2 asks for UDP.
 */
public final class SipRegistrationClient {

    /** The registrar's final answer: status code, reason phrase, and granted expiry in seconds (0 if none). */
    public record Result(int status, String reason, int expires) {
        public boolean registered() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration T2 = Duration.ofSeconds(4);
    private static final int MAX_MESSAGE = 65_535;

    private final InetSocketAddress registrar;
    private final Duration t1;
    private final SecureRandom random = new SecureRandom();

    /** @param t1 RFC 3261 timer T1 (500 ms on the Internet) */
    public SipRegistrationClient(InetSocketAddress registrar, Duration t1) {
        this.registrar = registrar;
        this.t1 = t1;
    }

    /**
     * Registers {@code aor} (sip:user@domain) for {@code expires} seconds (0 unregisters).
     *
     * @throws IOException when the registrar does not answer within timer F, or the network fails
     */
    public Result register(String aor, String authUser, String password, int expires) throws IOException {
        String domain = aor.substring(aor.indexOf('@') + 1);
        String user = aor.substring(aor.indexOf(':') + 1, aor.indexOf('@'));
        String requestUri = "sip:" + domain;
        String callId = token() + "@homegw";
        String fromTag = token();
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(registrar);
            String local = socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
            int cseq = 1;
            String authorization = null;
            for (int attempt = 0; attempt < 2; attempt++, cseq++) {
                StringBuilder m = new StringBuilder();
                m.append("REGISTER ").append(requestUri).append(" SIP/2.0\r\n");
                m.append("Via: SIP/2.0/UDP ").append(local).append(";branch=z9hG4bK").append(token()).append(";rport\r\n");
                m.append("Max-Forwards: 70\r\n");
                m.append("From: <").append(aor).append(">;tag=").append(fromTag).append("\r\n");
                m.append("To: <").append(aor).append(">\r\n");
                m.append("Call-ID: ").append(callId).append("\r\n");
                m.append("CSeq: ").append(cseq).append(" REGISTER\r\n");
                m.append("Contact: <sip:").append(user).append('@').append(local).append(">\r\n");
                m.append("Expires: ").append(expires).append("\r\n");
                if (authorization != null) {
                    m.append(authorization).append("\r\n");
                }
                m.append("User-Agent: homegw\r\n");
                m.append("Content-Length: 0\r\n\r\n");
                Response r = transact(socket, m.toString(), callId, cseq);
                if ((r.status == 401 || r.status == 407) && attempt == 0) {
                    String challenge = r.header(r.status == 401 ? "www-authenticate" : "proxy-authenticate");
                    Map<String, String> c = challenge == null ? Map.of() : DigestAuth.parseChallenge(challenge);
                    if (c.get("nonce") == null || c.get("realm") == null) {
                        return new Result(r.status, r.reason, 0);
                    }
                    authorization = authorization(r.status == 401 ? "Authorization" : "Proxy-Authorization", c,
                            authUser.isEmpty() ? user : authUser, password, requestUri);
                    continue;
                }
                return new Result(r.status, r.reason, r.status / 100 == 2 ? grantedExpires(r, expires) : 0);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private String authorization(String header, Map<String, String> c, String user, String password, String uri) {
        String qop = c.get("qop") == null ? null
                : List.of(c.get("qop").split(",")).stream().map(String::strip).anyMatch("auth"::equals) ? "auth" : null;
        String cnonce = token();
        String nc = "00000001";
        String response = DigestAuth.response(user, c.get("realm"), password, "REGISTER", uri, c.get("nonce"), qop, nc, cnonce);
        StringBuilder b = new StringBuilder(header).append(": Digest username=\"").append(user)
                .append("\", realm=\"").append(c.get("realm")).append("\", nonce=\"").append(c.get("nonce"))
                .append("\", uri=\"").append(uri).append("\", response=\"").append(response).append("\", algorithm=MD5");
        if (qop != null) {
            b.append(", qop=").append(qop).append(", nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
        }
        if (c.get("opaque") != null) {
            b.append(", opaque=\"").append(c.get("opaque")).append('"');
        }
        return b.toString();
    }

    /** Sends the request, retransmitting, until a final response of this transaction arrives. */
    private Response transact(DatagramSocket socket, String request, String callId, int cseq) throws IOException {
        byte[] out = request.getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[MAX_MESSAGE];
        long deadline = System.nanoTime() + t1.multipliedBy(64).toNanos();
        Duration interval = t1;
        long nextSend = 0;
        while (true) {
            long now = System.nanoTime();
            if (now >= deadline) {
                throw new SocketTimeoutException("no final response from " + registrar + " within " + t1.multipliedBy(64));
            }
            if (now >= nextSend) {
                try {
                    socket.send(new DatagramPacket(out, out.length));
                } catch (PortUnreachableException e) {
                    // an ICMP error from an earlier send: the registrar is not (yet) listening
                }
                nextSend = now + interval.toNanos();
                interval = interval.multipliedBy(2).compareTo(T2) > 0 ? T2 : interval.multipliedBy(2);
            }
            long waitNanos = Math.max(0, Math.min(nextSend, deadline) - System.nanoTime());
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, waitNanos / 1_000_000 + 1));
            DatagramPacket p = new DatagramPacket(in, in.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (PortUnreachableException e) {
                // nothing listens there (yet): retransmit on schedule until timer F
                sleepUntil(Math.min(nextSend, deadline));
                continue;
            }
            Response r = Response.parse(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
            if (r != null && r.status >= 200 && callId.equals(r.header("call-id"))
                    && (cseq + " REGISTER").equalsIgnoreCase(String.valueOf(r.header("cseq")).strip())) {
                return r;
            }
            // provisional responses and strays: keep waiting (a 1xx moves retransmissions to T2)
            if (r != null && r.status < 200) {
                interval = T2;
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws IOException {
        long millis = (nanoTime - System.nanoTime()) / 1_000_000;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("registration interrupted");
            }
        }
    }

    /** The expiry the registrar granted: Contact ;expires= first, then the Expires header, else what was asked. */
    private static int grantedExpires(Response r, int asked) {
        String contact = r.header("contact");
        if (contact != null) {
            int i = contact.toLowerCase(Locale.ROOT).indexOf("expires=");
            if (i >= 0) {
                String digits = contact.substring(i + 8).replaceAll("[^0-9].*$", "");
                if (!digits.isEmpty()) {
                    return Integer.parseInt(digits);
                }
            }
        }
        String e = r.header("expires");
        return e != null && e.strip().matches("[0-9]{1,9}") ? Integer.parseInt(e.strip()) : asked;
    }

    private String token() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** A SIP response: status, reason and headers (names lower case, first occurrence; compact forms expanded). */
    private record Response(int status, String reason, Map<String, String> headers) {

        String header(String name) {
            return headers.get(name);
        }

        static Response parse(String text) {
            String[] lines = text.split("\r\n");
            if (lines.length == 0 || !lines[0].startsWith("SIP/2.0 ")) {
                return null;
            }
            String[] status = lines[0].split(" ", 3);
            if (status.length < 2 || !status[1].matches("[1-6][0-9][0-9]")) {
                return null;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    String name = expand(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT));
                    headers.putIfAbsent(name, lines[i].substring(colon + 1).strip());
                }
            }
            return new Response(Integer.parseInt(status[1]), status.length > 2 ? status[2] : "", headers);
        }

        /** RFC 3261 7.3.3 compact header names. */
        private static String expand(String name) {
            return switch (name) {
                case "i" -> "call-id";
                case "m" -> "contact";
                case "v" -> "via";
                case "f" -> "from";
                case "t" -> "to";
                case "l" -> "content-length";
                default -> name;
            };
        }
    }
}
