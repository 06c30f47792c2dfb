package org.homegw.cwmp.client.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.TransferCompleteResponse;

/**
 * A scripted fake ACS on 127.0.0.1 (JDK HttpServer, the homegw codec): answers Informs, sends the
 * queued RPCs one per response, records what the CPE sent, and can misbehave on demand.
 */
final class ScriptedAcs implements AutoCloseable {

    /** A fault to inject into the next answered POST. */
    enum Failure { NONE, HTTP_500, GARBAGE, RESET, SILENCE, BUSY_503 }

    /** One POST as the ACS saw it. */
    record Post(List<Envelope> envelopes, String cookie, String authorization, boolean empty, int remotePort) {
    }

    private final HttpServer server;
    private final CwmpEncoder encoder = new CwmpEncoder();
    private final CwmpDecoder decoder = new CwmpDecoder();
    final List<Post> posts = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedDeque<CwmpMessage> rpcs = new ConcurrentLinkedDeque<>();
    final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    final List<CwmpMessage> answersToRpcs = new CopyOnWriteArrayList<>();
    volatile CwmpVersion version = CwmpVersion.V1_4;
    volatile boolean sendUseVersion = true;
    volatile boolean holdAfterInform;
    volatile long maxEnvelopes = 1;
    volatile String digestUser;
    volatile String digestPassword;
    /** "MD5", "SHA-256", or "Basic" (then Basic authentication instead of Digest). */
    volatile String authAlgorithm = "MD5";
    volatile boolean setCookies;
    volatile boolean pipeline;
    /** Answer every POST with "Connection: close", so each POST of a session needs a new connection. */
    volatile boolean closeConnections;
    /** Size of the largest request body received (for the figures harness). */
    volatile long largestBody;
    /** Keep no per-POST record (long benchmark runs). */
    volatile boolean recordPosts = true;
    volatile Function<Envelope, CwmpMessage> informAnswer;
    private int rpcId;

    ScriptedAcs() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/acs", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/acs";
    }

    List<Inform> informs() {
        return posts.stream().flatMap(p -> p.envelopes().stream()).map(Envelope::first)
                .filter(m -> m instanceof Inform).map(m -> (Inform) m).toList();
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (digestUser != null && !authorized(ex)) {
            ex.getResponseHeaders().add("WWW-Authenticate", authAlgorithm.equals("Basic") ? "Basic realm=\"acs\""
                    : "Digest realm=\"acs\", qop=\"auth\", nonce=\"n" + System.nanoTime() + "\", algorithm=" + authAlgorithm);
            ex.sendResponseHeaders(401, -1);
            ex.close();
            return;
        }
        List<Envelope> in;
        try {
            in = body.length == 0 ? List.of() : decoder.decodeAll(body);
        } catch (Exception e) {
            ex.sendResponseHeaders(400, -1);
            ex.close();
            return;
        }
        largestBody = Math.max(largestBody, body.length);
        if (recordPosts) {
            posts.add(new Post(in, ex.getRequestHeaders().getFirst("Cookie"),
                    ex.getRequestHeaders().getFirst("Authorization"), body.length == 0, ex.getRemoteAddress().getPort()));
        }
        if (closeConnections) {
            ex.getResponseHeaders().add("Connection", "close");
        }
        Failure failure = failures.isEmpty() ? Failure.NONE : failures.remove(0);
        switch (failure) {
            case HTTP_500 -> {
                ex.sendResponseHeaders(500, -1);
                ex.close();
                return;
            }
            case BUSY_503 -> {
                ex.getResponseHeaders().add("Retry-After", "120");
                ex.sendResponseHeaders(503, -1);
                ex.close();
                return;
            }
            case GARBAGE -> {
                send(ex, 200, "<soap:Envelope xmlns:soap=\"x\"><unclosed>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            case RESET -> {
                ex.close();
                return;
            }
            case SILENCE -> {
                try {
                    Thread.sleep(2_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ex.close();
                return;
            }
            default -> { }
        }
        List<Envelope> out = new ArrayList<>();
        for (Envelope e : in) {
            CwmpMessage m = e.first();
            if (m instanceof Inform) {
                CwmpHeader h = CwmpHeader.ofId(e.header().id());
                if (sendUseVersion && version == CwmpVersion.V1_4) {
                    h = h.withUseCwmpVersion("1.4");
                }
                if (holdAfterInform) {
                    h = h.withHoldRequests(true);
                }
                CwmpMessage answer = informAnswer != null ? informAnswer.apply(e) : new InformResponse(maxEnvelopes);
                out.add(Envelope.of(version, h, answer));
                if (setCookies) {
                    ex.getResponseHeaders().add("Set-Cookie", "acs-session=s" + posts.size() + "; Path=/");
                    ex.getResponseHeaders().add("Set-Cookie", "route=node7; Path=/acs; HttpOnly");
                }
            } else if (m instanceof TransferComplete) {
                out.add(Envelope.of(version, e.header().id(), new TransferCompleteResponse()));
            } else if (m != null) {
                answersToRpcs.add(m);
            }
        }
        // the CPE accepts one envelope per response; "pipeline" sends every queued RPC at once anyway
        if (out.isEmpty() && !rpcs.isEmpty()) {
            do {
                out.add(Envelope.of(version, "acs-" + (++rpcId), rpcs.poll()));
            } while (pipeline && !rpcs.isEmpty());
        }
        if (out.isEmpty()) {
            ex.sendResponseHeaders(204, -1);
            ex.close();
            return;
        }
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        for (Envelope e : out) {
            encoder.encode(e, buf);
        }
        send(ex, 200, buf.toByteArray());
    }

    private static void send(HttpExchange ex, int status, byte[] bytes) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    /** Minimal RFC 2617 digest check (MD5, qop=auth). */
    private boolean authorized(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null && authAlgorithm.equals("Basic") && auth.startsWith("Basic ")) {
            String decoded = new String(java.util.Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.equals(digestUser + ":" + digestPassword);
        }
        if (auth == null || !auth.startsWith("Digest ") || authAlgorithm.equals("Basic")) {
            return false;
        }
        Map<String, String> p = new java.util.HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))").matcher(auth.substring(7));
        while (m.find()) {
            p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String alg = authAlgorithm;
        String ha1 = hash(alg, digestUser + ":acs:" + digestPassword);
        String ha2 = hash(alg, "POST:" + p.get("uri"));
        String expected = hash(alg, ha1 + ":" + p.get("nonce") + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        return digestUser.equals(p.get("username")) && expected.equals(p.get("response"));
    }

    private static String hash(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
