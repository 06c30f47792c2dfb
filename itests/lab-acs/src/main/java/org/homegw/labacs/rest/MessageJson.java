package org.homegw.labacs.rest;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.UnknownMethod;
import org.homegw.labacs.fault.FaultAction;

/**
 * CWMP messages to and from JSON by their record components: a request is an object with
 * {@code "method"} (the RPC name) and one member per argument named as the record component
 * ({@code {"method":"GetParameterValues","parameterNames":["Device.DeviceInfo."]}}); structures
 * are nested objects, arrays are arrays, a ChangeDUState operation names its kind in {@code "type"}
 * ({@code "InstallOpStruct"}, …). Missing strings are "" (null for the optional fields of
 * ChangeDUState operations), missing numbers 0, booleans false, arrays empty, parameter types "string".
 */
public final class MessageJson {

    /** Methods a CPE sends to an ACS: the ACS does not queue these. */
    private static final Set<String> CPE_TO_ACS = Set.of("Inform", "TransferComplete", "AutonomousTransferComplete",
            "DUStateChangeComplete", "AutonomousDUStateChangeComplete", "RequestDownload", "Kicked");

    private MessageJson() {
    }

    /** A JSON-ready tree of a message (or any record, list or value inside one). */
    public static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof java.nio.file.Path path) {
            return path.toString();
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(toJson(v)));
            return out;
        }
        if (value instanceof Record r) {
            Map<String, Object> out = new LinkedHashMap<>();
            if (r instanceof CwmpMessage m) {
                out.put("method", m.methodName());
            } else if (r instanceof DuOperation || r instanceof FaultAction) {
                out.put("type", r.getClass().getSimpleName());
            }
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    out.put(c.getName(), toJson(c.getAccessor().invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
            return out;
        }
        if (value instanceof Enum<?> || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }

    /** The ACS-to-CPE request a JSON object describes; {@code X_...} names give a vendor method. */
    public static CwmpRequest request(Map<String, Object> json) {
        Object method = json.get("method");
        if (!(method instanceof String name) || name.isEmpty()) {
            throw new JsonException("member \"method\" (the RPC name) is missing");
        }
        if (CPE_TO_ACS.contains(name)) {
            throw new JsonException(name + " is sent by a CPE, not by an ACS");
        }
        for (Class<?> c : CwmpRequest.class.getPermittedSubclasses()) {
            if (c.getSimpleName().equals(name) && c != UnknownMethod.class) {
                return (CwmpRequest) record(c, json);
            }
        }
        if (name.startsWith("X_")) {
            // "arguments": [{"name": "Host", "value": "10.0.0.1"}, {"name": "Opts", "children": [...]}]
            Map<String, Object> vendor = new java.util.HashMap<>(json);
            vendor.put("methodName", name);
            return (CwmpRequest) record(UnknownMethod.class, vendor);
        }
        throw new JsonException("unknown RPC method '" + name + "'");
    }

    private static Object record(Class<?> type, Map<String, Object> json) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            Object v = json.get(c.getName());
            String where = type.getSimpleName() + "." + c.getName();
            if (v == null && type == ParameterValueStruct.class && c.getName().equals("type")) {
                v = "string";
            }
            args[i] = convert(c.getType(), c.getGenericType(), v, where, DuOperation.class.isAssignableFrom(type));
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new JsonException(type.getSimpleName() + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object convert(Class<?> type, Type generic, Object v, String where, boolean optionalStrings) {
        if (type == String.class) {
            if (v == null) {
                return optionalStrings ? null : "";
            }
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                return v.toString();
            }
            throw new JsonException(where + " must be a string");
        }
        if (type == long.class || type == int.class) {
            long n;
            if (v == null) {
                n = 0;
            } else if (v instanceof Long l) {
                n = l;
            } else if (v instanceof String s) {
                try {
                    n = Long.parseLong(s.strip());
                } catch (NumberFormatException e) {
                    throw new JsonException(where + " must be an integer");
                }
            } else {
                throw new JsonException(where + " must be an integer");
            }
            if (type == int.class) {
                if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                    throw new JsonException(where + " out of range");
                }
                return (int) n;
            }
            return n;
        }
        if (type == boolean.class) {
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if ("true".equals(v) || "1".equals(v) || Long.valueOf(1).equals(v)) {
                return true;
            }
            if ("false".equals(v) || "0".equals(v) || Long.valueOf(0).equals(v)) {
                return false;
            }
            throw new JsonException(where + " must be a boolean");
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = element instanceof Class<?> c ? c : Object.class;
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                throw new JsonException(where + " must be an array");
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(convert(elementClass, elementClass, list.get(i), where + "[" + i + "]", optionalStrings));
            }
            return out;
        }
        if (type.isRecord() || type == DuOperation.class) {
            if (!(v instanceof Map)) {
                throw new JsonException(where + " must be an object");
            }
            Map<String, Object> map = (Map<String, Object>) v;
            Class<?> target = type;
            if (type == DuOperation.class) {
                Object kind = map.get("type");
                target = null;
                for (Class<?> c : DuOperation.class.getPermittedSubclasses()) {
                    if (c.getSimpleName().equals(kind)) {
                        target = c;
                    }
                }
                if (target == null) {
                    throw new JsonException(where + ".type must be InstallOpStruct, UpdateOpStruct or UninstallOpStruct");
                }
            }
            return record(target, map);
        }
        throw new JsonException(where + ": unsupported type " + type.getSimpleName());
    }
}
