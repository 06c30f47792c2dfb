package org.homegw.labacs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.codec.DecodeLimits;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.FaultCodes;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.Inform;
import org.homegw.labacs.auth.HttpAuthenticator;
import org.homegw.labacs.fault.FaultAction;
import org.homegw.labacs.fault.FaultInjector;

/**
 * The CWMP endpoint: one HTTP POST at a time per session. Reads the body (bounded, gzip allowed),
 * finds the session by its cookie, applies programmed faults, authenticates the first POST of a
 * session, opens a session on an Inform (negotiating the CWMP version), and lets
 * {@link SessionDialog} answer; an empty answer is a 204.
 */
final class CwmpEndpoint implements HttpHandler {

    static final String SESSION_COOKIE = "labacs-session";
    /** A second cookie, to check that the CPE returns every cookie, not only the session one. */
    static final String AFFINITY_COOKIE = "labacs-affinity";
    static final long MAX_BODY = 32L << 20;

    private static final System.Logger LOG = System.getLogger(CwmpEndpoint.class.getName());

    private final CwmpDecoder decoder = new CwmpDecoder(DecodeLimits.DEFAULTS.withMaxBytes(MAX_BODY)
            .withMaxElements(4_000_000));
    private final CwmpEncoder encoder = new CwmpEncoder();
    private final SessionTable sessions;
    private final SessionDialog dialog;
    private final VersionNegotiator negotiator;
    private final HttpAuthenticator auth;
    private final FaultInjector faults;
    private final FaultResponder faultResponder;
    private final AcsLog log;
    private final boolean gzipResponses;
    private final boolean closeConnections;

    CwmpEndpoint(SessionTable sessions, SessionDialog dialog, VersionNegotiator negotiator, HttpAuthenticator auth,
                 FaultInjector faults, FaultResponder faultResponder, AcsLog log, boolean gzipResponses,
                 boolean closeConnections) {
        this.gzipResponses = gzipResponses;
        this.closeConnections = closeConnections;
        this.sessions = sessions;
        this.dialog = dialog;
        this.negotiator = negotiator;
        this.auth = auth;
        this.faults = faults;
        this.faultResponder = faultResponder;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (RuntimeException e) {
            // a bug here must not look like a programmed fault to the CPE: say so, answer 500
            LOG.log(System.Logger.Level.ERROR, "CWMP POST from " + exchange.getRemoteAddress() + " failed", e);
            try {
                exchange.sendResponseHeaders(500, -1);
            } catch (IOException headersAlreadySent) {
                // the connection closes below
            }
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            LOG.log(System.Logger.Level.WARNING, "POST from {0} refused: body over {1} bytes",
                    exchange.getRemoteAddress(), String.valueOf(MAX_BODY));
            exchange.sendResponseHeaders(413, -1);
            return;
        }
        Map<String, String> cookies = cookies(exchange);
        String host = exchange.getRemoteAddress().getAddress().getHostAddress();
        AcsSession session = sessions.find(cookies.get(SESSION_COOKIE));
        boolean cookieMissing = session == null && cookies.get(SESSION_COOKIE) == null;
        if (session == null && cookieMissing) {
            session = sessions.findByHost(host);
        }
        List<Envelope> envelopes = null;
        DecodeException bad = null;
        try {
            envelopes = decoder.decodeAll(body);
        } catch (DecodeException e) {
            bad = e;
        }
        Envelope informEnvelope = envelopes == null ? null : envelopes.stream()
                .filter(e -> e.first() instanceof Inform).findFirst().orElse(null);
        Inform inform = informEnvelope == null ? null : (Inform) informEnvelope.first();
        DeviceIdStruct device = inform != null ? inform.deviceId() : session != null ? session.device : null;
        boolean empty = envelopes != null && envelopes.isEmpty();
        String sessionId = session == null ? null : session.id;

        Optional<FaultAction> fault = faults.take(key -> DeviceIds.matches(device, key), inform != null, empty);
        if (fault.isPresent()) {
            log.append((seq, t) -> new LogEntry.FaultInjected(seq, t, device, sessionId, fault.get()));
            if (faultResponder.apply(fault.get(), exchange)) {
                return;
            }
        }
        if (inform != null || session == null) {
            String rawUri = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            HttpAuthenticator.Verdict verdict = auth.check("POST", rawUri, authorization);
            if (verdict instanceof HttpAuthenticator.Challenge c) {
                if (authorization != null) {
                    log.append((seq, t) -> new LogEntry.AuthenticationFailed(seq, t, device, host, c.reason(), true));
                }
                c.wwwAuthenticate().forEach(h -> exchange.getResponseHeaders().add("WWW-Authenticate", h));
                exchange.sendResponseHeaders(401, -1);
                return;
            }
        }
        if (bad != null) {
            LOG.log(System.Logger.Level.WARNING, "POST from {0} is not CWMP: {1}", host, bad.getMessage());
            String why = "undecodable POST: " + bad.getMessage();
            log.append((seq, t) -> new LogEntry.ProtocolViolation(seq, t, device, sessionId, why));
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        if (inform != null) {
            session = open(exchange, informEnvelope, inform, host);
            if (session == null) {
                return;
            }
        } else if (session == null) {
            LOG.log(System.Logger.Level.WARNING, "POST from {0} without Inform and without a session", host);
            exchange.sendResponseHeaders(400, -1);
            return;
        } else {
            checkCookies(session, cookies, cookieMissing);
        }
        SessionDialog.Reply reply = dialog.process(session, envelopes);
        AcsSession served = session;
        int port = exchange.getRemoteAddress().getPort();
        int in = envelopes.size();
        String path = exchange.getRequestURI().getRawPath();
        log.append((seq, t) -> new LogEntry.PostServed(seq, t, served.device, served.id, path, port, in,
                reply.envelopes().size()));
        if (reply.endReason() != null) {
            if (reply.envelopes().isEmpty() && reply.endReason().startsWith("204")) {
                sessions.endResumable(session, reply.endReason());
            } else {
                sessions.end(session, reply.endReason());
            }
        }
        if (closeConnections) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        write(exchange, reply.envelopes());
    }

    /** Opens the session an Inform asks for, or answers fault 8006 when no version is shared. */
    private AcsSession open(HttpExchange exchange, Envelope informEnvelope, Inform inform, String host)
            throws IOException {
        Optional<VersionNegotiator.Choice> choice = negotiator.choose(informEnvelope.version(),
                informEnvelope.header());
        if (choice.isEmpty()) {
            String offered = informEnvelope.header().supportedCwmpVersions();
            LOG.log(System.Logger.Level.WARNING, "{0} offers CWMP {1}: none spoken here (8006)",
                    DeviceIds.canonical(inform.deviceId()), offered);
            log.append((seq, t) -> new LogEntry.ProtocolViolation(seq, t, inform.deviceId(), null,
                    "no common CWMP version in '" + offered + "': answered 8006"));
            FaultMessage fault = FaultMessage.of(FaultCodes.ACS_VERSION_INCOMPATIBLE,
                    "ACS version incompatible with CPE");
            write(exchange, List.of(encoder.encode(Envelope.of(informEnvelope.version(),
                    CwmpHeader.ofId(informEnvelope.header().id()), fault))));
            return null;
        }
        AcsSession s = sessions.start(inform.deviceId(), choice.get().version(), choice.get().useHeader(), host);
        exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + s.id + "; Path=/; HttpOnly");
        exchange.getResponseHeaders().add("Set-Cookie", AFFINITY_COOKIE + "=" + s.affinity + "; Path=/");
        return s;
    }

    private void checkCookies(AcsSession s, Map<String, String> cookies, boolean sessionCookieMissing) {
        String what = null;
        if (sessionCookieMissing) {
            what = "session cookie not returned (session found by host)";
        } else if (!s.affinity.equals(cookies.get(AFFINITY_COOKIE))) {
            what = "cookie " + AFFINITY_COOKIE + " not returned";
        }
        if (what != null) {
            String w = what;
            log.append((seq, t) -> new LogEntry.ProtocolViolation(seq, t, s.device, s.id, w));
        }
    }

    private void write(HttpExchange exchange, List<byte[]> envelopes) throws IOException {
        if (envelopes.isEmpty()) {
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean gzip = gzipResponses && acceptsGzip(exchange);
        try (OutputStream out = gzip ? new GZIPOutputStream(body) : body) {
            for (byte[] b : envelopes) {
                out.write(b);
            }
        }
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=\"utf-8\"");
        if (gzip) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, body.size());
        try (OutputStream out = exchange.getResponseBody()) {
            body.writeTo(out);
        }
    }

    private static boolean acceptsGzip(HttpExchange exchange) {
        for (String h : exchange.getRequestHeaders().getOrDefault("Accept-Encoding", List.of())) {
            for (String coding : h.split(",")) {
                String c = coding.strip();
                if (c.equals("gzip") || (c.startsWith("gzip;") && !c.replace(" ", "").endsWith("q=0"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The request body, gunzipped if need be; null when longer than {@link #MAX_BODY}. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        int n;
        try (InputStream body = in) {
            while ((n = body.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BODY) {
                    return null;
                }
            }
        }
        return out.toByteArray();
    }

    static Map<String, String> cookies(HttpExchange exchange) {
        Map<String, String> cookies = new HashMap<>();
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    cookies.put(pair.substring(0, eq).strip(), value);
                }
            }
        }
        return cookies;
    }
}
