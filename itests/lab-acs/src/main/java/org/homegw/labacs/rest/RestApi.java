package org.homegw.labacs.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homegw.labacs.AwaitTimeoutException;
import org.homegw.labacs.DeviceInfo;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.RpcOutcome;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.connreq.ConnectionRequestResult;
import org.homegw.labacs.connreq.UdpConnectionRequest;
import org.homegw.labacs.files.FileFault;

/**
 * The command interface: JSON over HTTP under {@code /api/}, answered only to loopback clients.
 * <ul>
 * <li>{@code GET /api/devices}, {@code GET /api/devices/{id}}, {@code GET /api/devices/{id}/log[?after=seq]}</li>
 * <li>{@code POST /api/devices/{id}/rpc} with a request ({@link MessageJson}); {@code "wait": seconds}
 *     waits for the answer; {@code GET /api/rpc/{n}} reads it later</li>
 * <li>{@code POST /api/devices/{id}/connection-request} ({@code {"transport":"udp"}} for TR-111)</li>
 * <li>{@code POST /api/devices/{id}/hold} {@code {"hold":true}}; {@code POST /api/devices/{id}/cr-credentials}</li>
 * <li>{@code GET|POST|DELETE /api/faults}, {@code DELETE /api/faults/{n}} ({@link FaultJson});
 *     {@code POST /api/cpe-request-faults} {@code {"method":"TransferComplete","faultCode":8005}}</li>
 * <li>{@code GET /api/uploads}</li>
 * </ul>
 * Errors are {@code {"error": "..."}} with 400 (bad JSON or arguments), 403 (not loopback), 404 or 405.
 */
public final class RestApi implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(RestApi.class.getName());
    private static final int MAX_REQUEST = 1 << 20;
    private static final long MAX_WAIT_SECONDS = 300;

    private final LabAcs acs;

    public RestApi(LabAcs acs) {
        this.acs = acs;
    }

    /** An answer with a status and a JSON body. */
    private record Answer(int status, Object body) {
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer a;
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                a = error(403, "the command interface answers loopback clients only");
            } else {
                try {
                    a = route(exchange);
                } catch (JsonException | IllegalArgumentException | IllegalStateException e) {
                    a = error(400, e.getMessage());
                } catch (AwaitTimeoutException e) {
                    a = error(504, e.getMessage());
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "command " + exchange.getRequestURI() + " failed", e);
                    a = error(500, e.toString());
                }
            }
            byte[] body = Json.write(a.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(a.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Answer route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath().substring("/api/".length());
        List<String> seg = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                seg.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
            }
        }
        Map<String, Object> body = method.equals("POST") ? readJson(exchange) : Map.of();
        if (seg.isEmpty()) {
            return error(404, "see /api/devices, /api/faults, /api/uploads, /api/file-faults");
        }
        switch (seg.get(0)) {
            case "devices":
                return devices(method, seg, body, exchange.getRequestURI().getRawQuery());
            case "rpc":
                if (seg.size() == 2 && method.equals("GET")) {
                    return rpc(Long.parseLong(seg.get(1)));
                }
                break;
            case "faults":
                return faults(method, seg, body);
            case "cpe-request-faults":
                if (method.equals("POST")) {
                    acs.faultCpeRequest(string(body, "method"), (int) integer(body, "faultCode", 8005),
                            (int) integer(body, "times", 1));
                    return new Answer(200, Map.of("ok", true));
                }
                break;
            case "uploads":
                if (method.equals("GET")) {
                    return new Answer(200, MessageJson.toJson(acs.uploads()));
                }
                break;
            case "file-faults":
                return fileFault(method, seg, body);
            default:
                return error(404, "no such resource");
        }
        return error(405, method + " not allowed here");
    }

    /**
     * {@code POST /api/file-faults/{name}} with {@code {"truncate":bytes}} or {@code {"throttle":bytesPerSecond}};
     * {@code DELETE /api/file-faults/{name}} serves the file normally again.
     */
    private Answer fileFault(String method, List<String> seg, Map<String, Object> body) {
        if (seg.size() != 2) {
            return error(404, "use /api/file-faults/{file name}");
        }
        if (method.equals("DELETE")) {
            acs.fileFault(seg.get(1), null);
            return new Answer(200, Map.of("ok", true));
        }
        if (!method.equals("POST")) {
            return error(405, method + " not allowed here");
        }
        FileFault fault;
        try {
            if (body.containsKey("truncate")) {
                fault = new FileFault.Truncate(integer(body, "truncate", 0));
            } else if (body.containsKey("throttle")) {
                fault = new FileFault.Throttle(integer(body, "throttle", 0));
            } else {
                return error(400, "give \"truncate\" (bytes) or \"throttle\" (bytes per second)");
            }
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        acs.fileFault(seg.get(1), fault);
        return new Answer(200, Map.of("ok", true));
    }

    private Answer devices(String method, List<String> seg, Map<String, Object> body, String query) throws IOException {
        if (seg.size() == 1 && method.equals("GET")) {
            return new Answer(200, MessageJson.toJson(acs.devices()));
        }
        String id = seg.size() > 1 ? seg.get(1) : "";
        if (seg.size() == 2 && method.equals("GET")) {
            return acs.device(id).<Answer>map(d -> new Answer(200, MessageJson.toJson(d)))
                    .orElse(error(404, "unknown device " + id));
        }
        String action = seg.size() == 3 ? seg.get(2) : "";
        switch (method + " " + action) {
            case "GET log":
                long after = query != null && query.startsWith("after=") ? Long.parseLong(query.substring(6)) : 0;
                List<Object> entries = new ArrayList<>();
                for (LogEntry e : acs.log(id)) {
                    if (e.seq() > after) {
                        entries.add(entry(e));
                    }
                }
                return new Answer(200, entries);
            case "POST rpc":
                PendingRpc p = acs.queue(id, MessageJson.request(body));
                Object wait = body.get("wait");
                if (wait instanceof Long seconds && seconds > 0) {
                    acs.awaitResponse(p, Duration.ofSeconds(Math.min(seconds, MAX_WAIT_SECONDS)));
                }
                return new Answer(p.isDone() ? 200 : 202, rpcJson(p));
            case "POST connection-request":
                if ("udp".equalsIgnoreCase(String.valueOf(body.get("transport")))) {
                    UdpConnectionRequest.Message m = acs.sendUdpConnectionRequest(id);
                    return new Answer(200, Map.of("transport", "UDP", "id", m.id(), "ts", m.ts()));
                }
                ConnectionRequestResult r = acs.sendConnectionRequest(id);
                return new Answer(200, MessageJson.toJson(r));
            case "POST hold":
                acs.setHoldRequests(id, Boolean.TRUE.equals(body.get("hold")));
                return new Answer(200, Map.of("hold", Boolean.TRUE.equals(body.get("hold"))));
            case "POST cr-credentials":
                acs.setConnectionRequestCredentials(id, new Credentials(string(body, "username"), string(body, "password")));
                return new Answer(200, Map.of("ok", true));
            default:
                return error(404, "no such device action: " + method + " " + action);
        }
    }

    private Answer rpc(long n) {
        for (PendingRpc p : acs.rpcs()) {
            if (p.id() == n) {
                return new Answer(200, rpcJson(p));
            }
        }
        return error(404, "no rpc " + n);
    }

    private Answer faults(String method, List<String> seg, Map<String, Object> body) {
        if (method.equals("GET") && seg.size() == 1) {
            Map<String, Object> out = new LinkedHashMap<>();
            acs.faults().active().forEach((id, rule) -> out.put(Long.toString(id), MessageJson.toJson(rule)));
            return new Answer(200, out);
        }
        if (method.equals("POST") && seg.size() == 1) {
            long id = acs.injectFault(FaultJson.rule(body));
            return new Answer(201, Map.of("id", id));
        }
        if (method.equals("DELETE") && seg.size() == 1) {
            acs.faults().clear();
            return new Answer(200, Map.of("ok", true));
        }
        if (method.equals("DELETE") && seg.size() == 2) {
            boolean removed = acs.faults().remove(Long.parseLong(seg.get(1)));
            return removed ? new Answer(200, Map.of("ok", true)) : error(404, "no fault rule " + seg.get(1));
        }
        return error(405, method + " not allowed here");
    }

    private static Map<String, Object> rpcJson(PendingRpc p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("device", p.deviceKey());
        out.put("request", MessageJson.toJson(p.request()));
        out.put("cwmpId", p.cwmpId());
        if (!p.isDone()) {
            out.put("state", p.cwmpId() == null ? "queued" : "sent");
            return out;
        }
        RpcOutcome o = p.outcome().join();
        out.put("state", o.answer() == null ? "failed" : "answered");
        out.put("answer", MessageJson.toJson(o.answer()));
        out.put("failure", o.failure());
        return out;
    }

    private static Object entry(LogEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", e.getClass().getSimpleName());
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) MessageJson.toJson(e);
        out.putAll(fields);
        return out;
    }

    private static long integer(Map<String, Object> body, String name, long fallback) {
        Object v = body.get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Long l)) {
            throw new JsonException("member \"" + name + "\" must be an integer");
        }
        return l;
    }

    private static String string(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (!(v instanceof String s)) {
            throw new JsonException("member \"" + name + "\" (a string) is missing");
        }
        return s;
    }

    private static Map<String, Object> readJson(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_REQUEST + 1);
        }
        if (bytes.length > MAX_REQUEST) {
            throw new JsonException("request body over " + MAX_REQUEST + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.isBlank() ? Map.of() : Json.parseObject(text);
    }

    private static Answer error(int status, String message) {
        return new Answer(status, Map.of("error", message == null ? "error" : message));
    }
}
