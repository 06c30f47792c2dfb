package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.ActiveNotify;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.store.PersistedAttributes;
import org.homegw.datamodel.internal.store.StateStore;

/**
 * Get/SetParameterAttributes. Notification 0-2 is supported; lightweight values 3-6 are not (9003).
 * A canDeny parameter refuses active notification (9009), also inside a partial path; a forceEnabled
 * parameter refuses anything but active when named fully and keeps active, silently, inside a
 * partial path. The access list may only hold "Subscriber" (else 9003). All changes are checked
 * before any is stored, and stored in one atomic write.
 */
final class AttributeService {

    static final String SUBSCRIBER = "Subscriber";

    private final PathResolver resolver;
    private final TreeAccess access;
    private final TreeWalker walker;
    private final StateStore store;
    private final NotificationTracker tracker;

    AttributeService(PathResolver resolver, TreeAccess access, TreeWalker walker, StateStore store,
                     NotificationTracker tracker) {
        this.resolver = resolver;
        this.access = access;
        this.walker = walker;
        this.store = store;
        this.tracker = tracker;
    }

    Outcome<List<ParameterAttributes>> getAttributes(List<String> paths) {
        List<ParameterAttributes> out = new ArrayList<>();
        for (String path : paths) {
            Map<String, ParamSchema> params = new LinkedHashMap<>();
            CwmpFault fault = collect(path, params);
            if (fault != null) {
                return Outcome.failure(fault);
            }
            params.forEach((p, schema) -> out.add(attributesOf(p, schema)));
        }
        return Outcome.success(out);
    }

    Outcome<Void> setAttributes(List<AttributeChange> changes) {
        Map<String, PersistedAttributes> planned = new LinkedHashMap<>();
        for (AttributeChange change : changes) {
            if (change == null) {
                return Outcome.failure(CwmpFault.INVALID_ARGUMENTS, "Missing attribute change");
            }
            if (change.notificationChange() && (change.notification() < 0 || change.notification() > 2)) {
                return Outcome.failure(CwmpFault.INVALID_ARGUMENTS,
                        "Notification " + change.notification() + " not supported (0 off, 1 passive, 2 active)");
            }
            if (change.accessListChange() && change.accessList().stream().anyMatch(a -> !SUBSCRIBER.equals(a))) {
                return Outcome.failure(CwmpFault.INVALID_ARGUMENTS, "Access list may only contain Subscriber");
            }
            Map<String, ParamSchema> params = new LinkedHashMap<>();
            CwmpFault fault = collect(change.path(), params);
            if (fault != null) {
                return Outcome.failure(fault);
            }
            boolean partial = change.path() == null || change.path().isEmpty() || change.path().endsWith(".");
            for (Map.Entry<String, ParamSchema> e : params.entrySet()) {
                ParamSchema schema = e.getValue();
                PersistedAttributes before = planned.containsKey(e.getKey()) ? planned.get(e.getKey())
                        : current(e.getKey(), schema);
                int notification = before.notification();
                if (change.notificationChange()) {
                    notification = change.notification();
                    if (schema.activeNotify() == ActiveNotify.CAN_DENY && notification == ParameterAttributes.ACTIVE) {
                        return Outcome.failure(CwmpFault.NOTIFICATION_REJECTED,
                                "Active notification rejected for " + e.getKey());
                    }
                    if (schema.activeNotify() == ActiveNotify.FORCE_ENABLED && notification != ParameterAttributes.ACTIVE) {
                        if (!partial) {
                            return Outcome.failure(CwmpFault.NOTIFICATION_REJECTED,
                                    "Active notification cannot be turned off for " + e.getKey());
                        }
                        notification = ParameterAttributes.ACTIVE;
                    }
                }
                List<String> accessList = change.accessListChange() ? change.accessList() : before.accessList();
                planned.put(e.getKey(), new PersistedAttributes(notification, accessList));
            }
        }
        store.transaction(() -> planned.forEach((path, attrs) -> {
            ResolvedPath.ParamNode node = (ResolvedPath.ParamNode) resolver.resolve(path);
            boolean isDefault = attrs.notification() == node.param().defaultNotification() && attrs.accessList().isEmpty();
            store.putAttributes(path, isDefault ? null : attrs);
        }));
        return Outcome.success(null);
    }

    private PersistedAttributes current(String path, ParamSchema schema) {
        PersistedAttributes set = store.attributes(path);
        return new PersistedAttributes(tracker.notification(path, schema), set == null ? List.of() : set.accessList());
    }

    private ParameterAttributes attributesOf(String path, ParamSchema schema) {
        PersistedAttributes a = current(path, schema);
        return new ParameterAttributes(path, a.notification(), a.accessList());
    }

    /** The supported parameters a full or partial path names, or the 9005 fault. */
    private CwmpFault collect(String path, Map<String, ParamSchema> into) {
        String p = path == null || path.isEmpty() ? walker.root() : path;
        ResolvedPath resolved = resolver.resolve(p);
        if (resolved == null || !access.exists(resolved)) {
            return new CwmpFault(CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name: " + path);
        }
        TreeWalker.Visitor visitor = (name, schema, value) -> into.put(name, schema);
        if (resolved instanceof ResolvedPath.ParamNode node) {
            if (access.read(node.objectPath(), node.param()) == null) {
                return new CwmpFault(CwmpFault.INVALID_PARAMETER_NAME, "Parameter not supported: " + path);
            }
            into.put(node.path(), node.param());
        } else if (resolved instanceof ResolvedPath.ObjectNode node) {
            walker.walkObject(node.path(), node.schema(), visitor);
        } else if (resolved instanceof ResolvedPath.TableNode node) {
            walker.walkTable(node.path(), node.instanceSchema(), visitor);
        }
        return null;
    }
}
