package org.homegw.labacs.rest;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.homegw.labacs.fault.FaultAction;
import org.homegw.labacs.fault.FaultRule;
import org.homegw.labacs.fault.FaultStage;

/**
 * Fault rules from JSON: {@code {"device":"SN1", "stage":"INFORM", "times":1,
 * "action":{"type":"status","status":500}}}. Action types: {@code status} (status),
 * {@code retry-after} (seconds), {@code delay} (millis), {@code drop}, {@code malformed} (body,
 * optional), {@code auth-loop}, {@code redirect} (location, status default 307), {@code hang}.
 * Defaults: every device, stage ANY_POST, once; times -1 = until removed.
 */
final class FaultJson {

    private FaultJson() {
    }

    @SuppressWarnings("unchecked")
    static FaultRule rule(Map<String, Object> json) {
        Object device = json.get("device");
        FaultStage stage;
        try {
            stage = FaultStage.valueOf(String.valueOf(json.getOrDefault("stage", "ANY_POST")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JsonException("stage must be INFORM, AFTER_INFORM, EMPTY_POST or ANY_POST");
        }
        int times = (int) number(json, "times", 1);
        if (!(json.get("action") instanceof Map)) {
            throw new JsonException("member \"action\" (an object with \"type\") is missing");
        }
        Map<String, Object> a = (Map<String, Object>) json.get("action");
        FaultAction action;
        try {
            action = action(a);
            return new FaultRule(device == null ? null : device.toString(), stage, action, times);
        } catch (IllegalArgumentException e) {
            throw new JsonException(e.getMessage());
        }
    }

    private static FaultAction action(Map<String, Object> a) {
        String type = String.valueOf(a.get("type"));
        switch (type) {
            case "status":
                return new FaultAction.HttpStatus((int) number(a, "status", 500));
            case "retry-after":
                return new FaultAction.RetryAfter((int) number(a, "seconds", 60));
            case "delay":
                return new FaultAction.Delay(Duration.ofMillis(number(a, "millis", 1000)));
            case "drop":
                return new FaultAction.DropConnection();
            case "malformed":
                return a.get("body") == null ? FaultAction.MalformedBody.truncatedEnvelope()
                        : new FaultAction.MalformedBody(a.get("body").toString());
            case "auth-loop":
                return new FaultAction.AuthLoop();
            case "redirect":
                if (a.get("location") == null) {
                    throw new JsonException("redirect needs \"location\"");
                }
                return new FaultAction.Redirect((int) number(a, "status", 307), a.get("location").toString());
            case "hang":
                return new FaultAction.Hang();
            default:
                throw new JsonException("unknown fault type '" + type + "'");
        }
    }

    private static long number(Map<String, Object> json, String name, long fallback) {
        Object v = json.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Long l) {
            return l;
        }
        throw new JsonException("\"" + name + "\" must be an integer");
    }
}
