package org.homegw.cwmp.client.internal.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.homegw.cwmp.client.internal.transport.AcsConnector;
import org.homegw.cwmp.client.internal.transport.AcsEndpoint;
import org.homegw.cwmp.client.internal.transport.AcsExchange;
import org.homegw.cwmp.client.internal.transport.AcsReply;
import org.homegw.cwmp.client.internal.transport.OutgoingBody;
import org.homegw.cwmp.client.internal.transport.TransportException;
import org.homegw.cwmp.message.Envelope;

/**
 * Drives one {@link SessionEngine} over HTTP: encodes each step's envelopes into a POST, decodes
 * the ACS's answer and feeds it back, until the engine finishes. Message bodies are logged at DEBUG.
 */
public final class SessionRunner {

    private static final System.Logger LOG = System.getLogger(SessionRunner.class.getName());

    /** Default bound on HTTP exchanges in one session (guards against an ACS that never lets go). */
    public static final int DEFAULT_MAX_EXCHANGES = 10_000;

    private final AcsConnector connector;
    private final WireCodec codec;
    private final int maxExchanges;

    public SessionRunner(AcsConnector connector, WireCodec codec) {
        this(connector, codec, DEFAULT_MAX_EXCHANGES);
    }

    public SessionRunner(AcsConnector connector, WireCodec codec, int maxExchanges) {
        this.connector = connector;
        this.codec = codec;
        this.maxExchanges = maxExchanges;
    }

    public SessionStep.SessionOutcome run(AcsEndpoint endpoint, SessionEngine engine) {
        SessionStep step = engine.start();
        AcsExchange exchange;
        try {
            exchange = connector.open(endpoint);
        } catch (TransportException e) {
            return finish(engine.onTransportFailure(e.getMessage()));
        }
        try (exchange) {
            int exchanges = 0;
            while (step instanceof SessionStep.Post post) {
                if (++exchanges > maxExchanges) {
                    step = engine.onTransportFailure("session exceeded " + maxExchanges + " HTTP exchanges");
                    break;
                }
                try {
                    step = exchangeOnce(exchange, engine, post.envelopes());
                } catch (RuntimeException e) {
                    // a codec or handler bug must end this session, never the agent
                    LOG.log(Level.ERROR, "CWMP session aborted by an internal error", e);
                    step = engine.onTransportFailure("internal error: " + e);
                }
            }
        }
        return finish(step);
    }

    private SessionStep exchangeOnce(AcsExchange exchange, SessionEngine engine, List<Outgoing> envelopes) {
        OutgoingBody body = envelopes.isEmpty() ? OutgoingBody.EMPTY : body(envelopes);
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "POST to ACS:\n" + (envelopes.isEmpty() ? "(empty)" : render(body)));
        }
        AcsReply reply;
        try {
            reply = exchange.post(body);
        } catch (TransportException e) {
            return engine.onTransportFailure(e.getMessage());
        }
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "ACS answered HTTP " + reply.status() + ":\n"
                    + (reply.isEmpty() ? "(empty)" : new String(reply.body(), StandardCharsets.UTF_8)));
        }
        if (reply.isEmpty() || isBlank(reply.body())) {
            return engine.onReply(new AcsReplyContent(reply.status(), List.of(), reply.retryAfter()));
        }
        List<Envelope> envelopesIn;
        try {
            envelopesIn = codec.read(reply.body());
        } catch (WireCodec.MalformedReplyException e) {
            if (e.invalidRequestId() != null && reply.status() == 200) {
                return engine.onInvalidRequest(e.invalidRequestId(), e.method(), e.getMessage());
            }
            if (reply.status() != 200) {
                // an error page (HTML, text) with an error status: the status is what matters
                return engine.onReply(new AcsReplyContent(reply.status(), List.of(), reply.retryAfter()));
            }
            return engine.onUndecodable(e.getMessage());
        }
        return engine.onReply(new AcsReplyContent(reply.status(), envelopesIn, reply.retryAfter()));
    }

    private OutgoingBody body(List<Outgoing> envelopes) {
        boolean streamed = envelopes.stream().anyMatch(e -> e instanceof Outgoing.StreamedResponse);
        if (streamed) {
            return new OutgoingBody() {
                @Override
                public void writeTo(OutputStream out) throws IOException {
                    codec.write(envelopes, out);
                }

                @Override
                public long length() {
                    return -1;
                }
            };
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            codec.write(envelopes, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return OutgoingBody.bytes(out.toByteArray());
    }

    private static String render(OutgoingBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            body.writeTo(out);
        } catch (IOException e) {
            return "(cannot render: " + e + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\r' && b != '\n' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static SessionStep.SessionOutcome finish(SessionStep step) {
        return ((SessionStep.Finished) step).outcome();
    }
}
