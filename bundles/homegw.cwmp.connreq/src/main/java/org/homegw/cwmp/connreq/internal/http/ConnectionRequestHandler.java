package org.homegw.cwmp.connreq.internal.http;

import java.util.List;
import java.util.function.Supplier;

import org.homegw.cwmp.connreq.internal.Credentials;
import org.homegw.cwmp.connreq.internal.SessionTrigger;

/**
 * The Connection Request rules for one HTTP request, in order: wrong path 404, method other than
 * GET 405, missing or wrong digest 401 (never a session), rate budget spent 503 without Retry-After,
 * otherwise 200 with an empty body and, once that is sent, one session request.
 * Credentials are read fresh for every request so a change by the ACS applies to the next one.
 */
final class ConnectionRequestHandler {

    private static final System.Logger LOG = System.getLogger(ConnectionRequestHandler.class.getName());

    /** The response and what to do once it has been written. */
    record Reply(HttpResponse response, Runnable afterSend) {
        static Reply of(HttpResponse response) {
            return new Reply(response, () -> { });
        }
    }

    private final String path;
    private final DigestAuthenticator authenticator;
    private final Supplier<Credentials> credentials;
    private final SessionTrigger trigger;

    ConnectionRequestHandler(String path, DigestAuthenticator authenticator, Supplier<Credentials> credentials,
            SessionTrigger trigger) {
        this.path = path;
        this.authenticator = authenticator;
        this.credentials = credentials;
        this.trigger = trigger;
    }

    Reply handle(HttpRequestHead request, String peer) {
        if (!DigestAuthenticator.constantTimeEquals(path, request.path())) {
            return Reply.of(HttpResponse.of(404));
        }
        if (!request.method().equals("GET")) {
            return Reply.of(new HttpResponse(405, List.of("Allow: GET"), false));
        }
        DigestAuthenticator.Result result = authenticator.authenticate(request.method(), request.target(),
                request.header("authorization"), credentials);
        if (result instanceof DigestAuthenticator.Rejected rejected) {
            if (request.header("authorization") != null) {
                LOG.log(System.Logger.Level.DEBUG, "Connection Request from {0} refused: {1}", peer, rejected.reason());
            }
            List<String> headers = authenticator.challenges(rejected.stale()).stream()
                    .map(c -> "WWW-Authenticate: " + c).toList();
            return Reply.of(new HttpResponse(401, headers, false));
        }
        if (!trigger.admit()) {
            LOG.log(System.Logger.Level.INFO, "Connection Request from {0} over the rate budget: 503", peer);
            return Reply.of(HttpResponse.of(503));
        }
        LOG.log(System.Logger.Level.INFO, "Connection Request from " + peer + " accepted"); // no MessageFormat per request
        return new Reply(HttpResponse.of(200), trigger::startSession);
    }
}
