package org.homegw.datamodel.internal.core;

import java.io.UncheckedIOException;
import java.util.SortedSet;

import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.store.StateStore;

/**
 * AddObject and DeleteObject. The registry allocates instance numbers: one more than the highest
 * ever handed out for that table (persisted, so never reused, even across restarts), and at least
 * one more than any instance the provider reports. maxEntries is enforced (9004). The owning
 * provider creates or removes the instance and answers the Status (1 = applied after a restart).
 */
final class ObjectService {

    private static final System.Logger LOG = System.getLogger(ObjectService.class.getName());

    private final PathResolver resolver;
    private final TreeAccess access;
    private final StateStore store;
    private final NotificationTracker tracker;

    ObjectService(PathResolver resolver, TreeAccess access, StateStore store, NotificationTracker tracker) {
        this.resolver = resolver;
        this.access = access;
        this.store = store;
        this.tracker = tracker;
    }

    Outcome<AddedObject> addObject(String tablePath, String parameterKey, Caller caller) {
        if (parameterKey != null && parameterKey.length() > ValueWriter.MAX_PARAMETER_KEY) {
            return Outcome.failure(CwmpFault.INVALID_ARGUMENTS, "ParameterKey longer than 32");
        }
        ResolvedPath resolved = tablePath == null ? null : resolver.resolve(tablePath);
        if (!(resolved instanceof ResolvedPath.TableNode table) || !access.exists(resolved)) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Not a table: " + tablePath);
        }
        if (!table.instanceSchema().writable() && caller == Caller.ACS) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Instances cannot be added to " + tablePath);
        }
        ProviderRegistration owner = access.tableOwner(tablePath);
        if (owner == null) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Table not supported: " + tablePath);
        }
        SortedSet<Long> existing = access.instances(tablePath);
        Long max = table.instanceSchema().maxEntries();
        if (max != null && existing.size() >= max) {
            return Outcome.failure(CwmpFault.RESOURCES_EXCEEDED,
                    "Table " + tablePath + " is full (" + max + " entries)");
        }
        long floor = existing.isEmpty() ? 1 : existing.last() + 1;
        try {
            return store.transaction(() -> {
                long number = store.allocateInstance(tablePath, floor);
                Outcome<Integer> added = ProviderCalls.call("add", () -> owner.provider().add(tablePath, number));
                if (!added.isSuccess()) {
                    return Outcome.failure(added.faultOrNull());
                }
                if (parameterKey != null) {
                    store.setParameterKey(parameterKey);
                }
                return Outcome.success(new AddedObject(number, added.value() == null ? 0 : added.value()));
            });
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.ERROR, "state not saved after adding to " + tablePath, e);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: state not saved");
        }
    }

    Outcome<Integer> deleteObject(String instancePath, String parameterKey, Caller caller) {
        if (parameterKey != null && parameterKey.length() > ValueWriter.MAX_PARAMETER_KEY) {
            return Outcome.failure(CwmpFault.INVALID_ARGUMENTS, "ParameterKey longer than 32");
        }
        ResolvedPath resolved = instancePath == null ? null : resolver.resolve(instancePath);
        if (!(resolved instanceof ResolvedPath.ObjectNode node) || !node.schema().isTable()
                || !access.exists(resolved)) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Not a table instance: " + instancePath);
        }
        if (!node.schema().writable() && caller == Caller.ACS) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_NAME, "Instance cannot be deleted: " + instancePath);
        }
        String tablePath = node.instances().get(node.instances().size() - 1).tablePath();
        ProviderRegistration owner = access.tableOwner(tablePath);
        try {
            return store.transaction(() -> {
                Outcome<Integer> deleted = ProviderCalls.call("delete", () -> owner.provider().delete(instancePath));
                if (!deleted.isSuccess()) {
                    return deleted;
                }
                store.removeSubtree(instancePath);
                if (parameterKey != null) {
                    store.setParameterKey(parameterKey);
                }
                tracker.forgetSubtree(instancePath);
                return Outcome.success(deleted.value() == null ? 0 : deleted.value());
            });
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.ERROR, "state not saved after deleting " + instancePath, e);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: state not saved");
        }
    }
}
