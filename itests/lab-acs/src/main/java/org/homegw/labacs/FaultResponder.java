package org.homegw.labacs;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.labacs.auth.HttpAuthenticator;
import org.homegw.labacs.fault.FaultAction;

/** Carries out a {@link FaultAction} on an HTTP exchange of the CWMP endpoint. */
final class FaultResponder {

    /** Thrown out of the handler so the JDK server closes the connection without finishing the response. */
    static final class DroppedConnection extends IOException {
        DroppedConnection(String why) {
            super(why);
        }
    }

    private final HttpAuthenticator auth;
    private final Duration hangLimit;
    private final CountDownLatch closing;
    private final byte[] sampleEnvelope = new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_0, "1",
            new InformResponse(1)));

    FaultResponder(HttpAuthenticator auth, Duration hangLimit, CountDownLatch closing) {
        this.auth = auth;
        this.hangLimit = hangLimit;
        this.closing = closing;
    }

    /**
     * Applies the fault; returns true when the exchange was answered (or dropped) and false for a
     * delay after which the POST is handled normally.
     */
    boolean apply(FaultAction action, HttpExchange exchange) throws IOException {
        if (action instanceof FaultAction.Delay d) {
            pause(d.delay());
            return false;
        }
        if (action instanceof FaultAction.HttpStatus h) {
            exchange.sendResponseHeaders(h.status(), -1);
        } else if (action instanceof FaultAction.RetryAfter r) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(r.seconds()));
            exchange.sendResponseHeaders(503, -1);
        } else if (action instanceof FaultAction.MalformedBody m) {
            byte[] body = m.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } else if (action instanceof FaultAction.AuthLoop) {
            auth.challenge("programmed 401 loop")
                    .wwwAuthenticate().forEach(h -> exchange.getResponseHeaders().add("WWW-Authenticate", h));
            exchange.sendResponseHeaders(401, -1);
        } else if (action instanceof FaultAction.Redirect r) {
            exchange.getResponseHeaders().set("Location", absolute(exchange, r.location()));
            exchange.sendResponseHeaders(r.status(), -1);
        } else if (action instanceof FaultAction.DropConnection) {
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, sampleEnvelope.length);
            OutputStream out = exchange.getResponseBody();
            out.write(sampleEnvelope, 0, sampleEnvelope.length / 2);
            out.flush();
            throw new DroppedConnection("programmed drop after " + sampleEnvelope.length / 2 + " bytes");
        } else if (action instanceof FaultAction.Hang) {
            pause(hangLimit);
            throw new DroppedConnection("programmed hang ended");
        }
        return true;
    }

    /** Waits, returning early when the ACS closes. */
    private void pause(Duration d) throws IOException {
        try {
            closing.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DroppedConnection("interrupted");
        }
    }

    private static String absolute(HttpExchange exchange, String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return location;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        }
        String scheme = exchange instanceof com.sun.net.httpserver.HttpsExchange ? "https://" : "http://";
        return scheme + host + (location.startsWith("/") ? location : "/" + location);
    }
}
