package org.homegw.cwmp.connreq.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.RateLimiter;
import org.homegw.cwmp.connreq.internal.SessionTrigger;
import org.homegw.fuzz.InputBudget;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.homegw.testkit.SettableClock;

/**
 * The HTTP Connection Request server's request path on arbitrary connection bytes: the bounded
 * head reader, then the handler (path, method, Basic/Digest authentication, nonce table, rate
 * limit), for up to as many requests as one connection may carry — what a worker does with the
 * bytes of one socket. Every input ends in well-formed responses with a specified status, within
 * 100 ms and a bounded allocation; the nonce table stays within its capacity across inputs.
 *
 * <p>So that the fuzzer can reach the accepted path, a Digest Authorization header may carry the
 * placeholders {@code $NONCE}, {@code $OPAQUE} and {@code $RESPONSE}: the harness fills in a nonce
 * the table issued, the server's opaque value and the correct response for the other parameters.
 * Basic is enabled with {@code acs:secret}.
 */
class HttpConnectionRequestFuzzTest {

    static final int NONCE_CAPACITY = 16;
    static final int MAX_REQUESTS_PER_CONNECTION = 8;
    static final Set<Integer> READER_STATUSES = Set.of(400, 431, 505);
    static final Set<Integer> HANDLER_STATUSES = Set.of(200, 401, 404, 405, 503);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final NonceTable nonces = new NonceTable(NONCE_CAPACITY, Duration.ofSeconds(30), clock, new SecureRandom());
    private final DigestAuthenticator authenticator = new DigestAuthenticator("homegw", nonces, true, new SecureRandom());
    private final AtomicInteger sessions = new AtomicInteger();
    private final SessionTrigger trigger = new SessionTrigger(new RateLimiter(5, Duration.ofSeconds(10), clock),
            events -> sessions.incrementAndGet());
    private final Credentials credentials = new Credentials("acs", "secret");
    private final ConnectionRequestHandler handler = new ConnectionRequestHandler("/cr", authenticator,
            () -> credentials, trigger);
    private final String opaque = opaqueOf(authenticator);

    @DictionaryFile(resourcePath = "/dict/http.dict")
    @FuzzTest
    void connection_bytes_get_specified_answers(byte[] connection) throws Exception {
        clock.advance(Duration.ofSeconds(1));
        InputBudget.check("HTTP Connection Request", connection.length, () -> serve(connection));
        assertTrue(nonces.size() <= NONCE_CAPACITY, "nonce table over capacity: " + nonces.size());
    }

    /** The worker loop of HttpConnectionRequestServer.serve, on in-memory bytes. */
    private void serve(byte[] connection) throws Exception {
        HttpRequestReader reader = new HttpRequestReader(new ByteArrayInputStream(connection),
                HttpRequestReader.Limits.DEFAULT);
        for (int i = 0; i < MAX_REQUESTS_PER_CONNECTION; i++) {
            HttpRequestHead request;
            try {
                request = reader.read();
            } catch (BadRequestException e) {
                assertTrue(READER_STATUSES.contains(e.status()), "reader status " + e.status());
                checkResponse(HttpResponse.of(e.status()).closing());
                return;
            }
            if (request == null) {
                return;
            }
            checkHead(request);
            int before = sessions.get();
            ConnectionRequestHandler.Reply reply = handler.handle(withPlaceholdersFilled(request), "fuzz");
            HttpResponse response = reply.response();
            assertTrue(HANDLER_STATUSES.contains(response.status()), "handler status " + response.status());
            checkResponse(response);
            reply.afterSend().run();
            assertEquals(before + (response.status() == 200 ? 1 : 0), sessions.get(), "one session per 200");
            if (!request.keepAlive() || request.hasBody() || response.close()) {
                return;
            }
        }
    }

    private static void checkHead(HttpRequestHead request) {
        assertFalse(request.method().isEmpty());
        assertNotNull(request.path());
        request.headers().forEach((name, value) -> {
            assertEquals(name.toLowerCase(java.util.Locale.ROOT), name);
            assertFalse(value.contains("\n") || value.contains("\r"), "line break in a header value");
        });
    }

    /** A response is one status line, header lines without stray line breaks, an empty line, no body. */
    private static void checkResponse(HttpResponse response) {
        String text = new String(response.encode(), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("HTTP/1.1 " + response.status() + " "), text);
        assertTrue(text.endsWith("\r\nContent-Length: 0\r\n\r\n")
                || text.endsWith("\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), text);
        String[] lines = text.substring(0, text.length() - 4).split("\r\n", -1);
        for (String line : lines) {
            assertFalse(line.contains("\n") || line.contains("\r"), "response splitting: " + text);
        }
    }

    private HttpRequestHead withPlaceholdersFilled(HttpRequestHead request) {
        String auth = request.header("authorization");
        if (auth == null || !auth.contains("$")) {
            return request;
        }
        String filled = auth.replace("$OPAQUE", opaque);
        if (filled.contains("$NONCE")) {
            filled = filled.replace("$NONCE", nonces.issue());
        }
        if (filled.contains("$RESPONSE")) {
            filled = filled.replace("$RESPONSE", expectedResponse(request.method(), filled).orElse("$RESPONSE"));
        }
        Map<String, String> headers = new HashMap<>(request.headers());
        headers.put("authorization", filled);
        return new HttpRequestHead(request.method(), request.target(), request.version(), headers);
    }

    /** The digest response a client knowing the password would send for these parameters. */
    private Optional<String> expectedResponse(String method, String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        return AuthParams.parse(authorization.substring(space + 1)).flatMap(p -> {
            String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(java.util.Locale.ROOT);
            if (!algorithm.equals("MD5") && !algorithm.equals("SHA-256")) {
                return Optional.empty();
            }
            String user = p.getOrDefault("username", "");
            String ha1 = DigestAuthenticator.hash(algorithm, user + ":homegw:" + credentials.password());
            String ha2 = DigestAuthenticator.hash(algorithm, method + ":" + p.getOrDefault("uri", ""));
            return Optional.of(DigestAuthenticator.hash(algorithm, ha1 + ":" + p.getOrDefault("nonce", "") + ":"
                    + p.getOrDefault("nc", "") + ":" + p.getOrDefault("cnonce", "") + ":" + p.getOrDefault("qop", "")
                    + ":" + ha2));
        });
    }

    private static String opaqueOf(DigestAuthenticator authenticator) {
        String challenge = authenticator.challenges(false).get(0);
        Map<String, String> p = AuthParams.parse(challenge.substring(challenge.indexOf(' ') + 1)).orElseThrow();
        return p.get("opaque");
    }
}
