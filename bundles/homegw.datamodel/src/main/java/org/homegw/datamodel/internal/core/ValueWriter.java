package org.homegw.datamodel.internal.core;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.store.StateStore;
import org.homegw.datamodel.internal.value.ValueCodec;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * SetParameterValues, all or nothing. First every value is checked against the definitions (9005
 * unknown or unsupported name, 9008 not writable by the ACS, 9006 a value that is no value of the type
 * while the sender named another xsi:type, 9007 invalid value (of the type named, or breaking a facet) or a
 * unique key clash), each failing parameter with its own fault; then every owning provider validates
 * its share (all of them, so that every provider's refusals are reported together); then the writes are applied provider by provider. If a provider fails to apply, the
 * shares already applied are written back to their old values (best effort, logged when that fails
 * too). The store-backed values and the ParameterKey reach the disk in one atomic write.
 */
final class ValueWriter {

    private static final System.Logger LOG = System.getLogger(ValueWriter.class.getName());
    /** CWMP gives ParameterKey as string(32). */
    static final int MAX_PARAMETER_KEY = 32;

    private final PathResolver resolver;
    private final TreeAccess access;
    private final ValueCodec codec;
    private final StateStore store;
    private final NotificationTracker tracker;
    private final UniqueKeys uniqueKeys;

    ValueWriter(PathResolver resolver, TreeAccess access, ValueCodec codec, StateStore store,
                NotificationTracker tracker) {
        this.resolver = resolver;
        this.access = access;
        this.codec = codec;
        this.store = store;
        this.tracker = tracker;
        this.uniqueKeys = new UniqueKeys(access);
    }

    Outcome<Integer> setValues(List<ParameterValue> values, String parameterKey, Caller caller) {
        if (values == null || parameterKey != null && parameterKey.length() > MAX_PARAMETER_KEY) {
            return Outcome.failure(CwmpFault.INVALID_ARGUMENTS, "Invalid arguments: ParameterKey longer than 32");
        }
        Set<String> seen = new HashSet<>();
        for (ParameterValue v : values) {
            if (v == null || !seen.add(v.path())) {
                return Outcome.failure(CwmpFault.INVALID_ARGUMENTS,
                        "Parameter named twice: " + (v == null ? "null" : v.path()));
            }
        }
        List<ParameterFault> faults = new ArrayList<>();
        List<PendingWrite> writes = new ArrayList<>();
        for (ParameterValue v : values) {
            Object checked = check(v, caller);
            if (checked instanceof ParameterFault fault) {
                faults.add(fault);
            } else {
                writes.add((PendingWrite) checked);
            }
        }
        if (faults.isEmpty()) {
            faults.addAll(uniqueKeys.check(writes));
        }
        if (!faults.isEmpty()) {
            return Outcome.failure(CwmpFault.ofParameters(faults));
        }
        Map<ProviderRegistration, List<PendingWrite>> byOwner = new LinkedHashMap<>();
        for (PendingWrite w : writes) {
            byOwner.computeIfAbsent(w.current().owner(), k -> new ArrayList<>()).add(w);
        }
        CwmpFault refused = validateAll(byOwner, caller);
        if (refused != null) {
            return Outcome.failure(refused);
        }
        List<String> paths = writes.stream().map(PendingWrite::path).toList();
        AtomicReference<Outcome<Integer>> result = new AtomicReference<>();
        Runnable apply = () -> result.set(apply(byOwner, parameterKey, caller));
        if (caller == Caller.ACS) {
            tracker.whileSuppressed(paths, apply);
            if (result.get().isSuccess()) {
                tracker.changedByAcs(writes.stream().filter(PendingWrite::changes).map(PendingWrite::path).toList());
            }
        } else {
            apply.run();
            if (result.get().isSuccess()) {
                tracker.valuesChanged(writes.stream().filter(PendingWrite::changes).map(PendingWrite::path)
                        .toArray(String[]::new));
            }
        }
        return result.get();
    }

    /**
     * Asks every owning provider to validate its share, and does not stop at the first refusal: the
     * ACS must learn of every invalid parameter in one SetParameterValuesFault. Per-parameter refusals
     * of all providers merge into one 9003; a refusal of the whole request (9001, 9002, 9004: no
     * parameter to pin it on, and it cannot be folded into 9003) wins, the first such one in
     * provider order. Null when every provider accepts.
     */
    private static CwmpFault validateAll(Map<ProviderRegistration, List<PendingWrite>> byOwner, Caller caller) {
        List<ParameterFault> parameterFaults = new ArrayList<>();
        CwmpFault wholeRequest = null;
        for (Map.Entry<ProviderRegistration, List<PendingWrite>> e : byOwner.entrySet()) {
            List<ParameterWrite> share = toWrites(e.getValue(), false, caller);
            Outcome<Void> ok = ProviderCalls.call("validate", () -> e.getKey().provider().validate(share));
            if (ok.isSuccess()) {
                continue;
            }
            CwmpFault fault = providerFault(ok.faultOrNull(), e.getValue());
            if (!fault.parameterFaults().isEmpty()) {
                parameterFaults.addAll(fault.parameterFaults());
            } else if (wholeRequest == null) {
                wholeRequest = fault;
            }
        }
        if (wholeRequest != null) {
            return wholeRequest;
        }
        return parameterFaults.isEmpty() ? null : CwmpFault.ofParameters(parameterFaults);
    }

    /** A validated write, or the fault of this one parameter. */
    private Object check(ParameterValue v, Caller caller) {
        ResolvedPath resolved = resolver.resolve(v.path());
        if (!(resolved instanceof ResolvedPath.ParamNode node) || !access.exists(resolved)) {
            return new ParameterFault(v.path(), CwmpFault.INVALID_PARAMETER_NAME, "Invalid parameter name");
        }
        ReadValue current = access.read(node.objectPath(), node.param());
        if (current == null) {
            return new ParameterFault(v.path(), CwmpFault.INVALID_PARAMETER_NAME, "Parameter not supported");
        }
        if (!node.param().writable() && caller == Caller.ACS || current.owner() == null) {
            return new ParameterFault(v.path(), CwmpFault.NOT_WRITABLE, "Parameter is not writable");
        }
        Outcome<String> accepted = codec.accept(node.param().syntax(), v.value());
        if (!accepted.isSuccess()) {
            CwmpFault f = accepted.faultOrNull();
            // text that is no value of the type: 9006 only when the sender named another type; a sender
            // that named the parameter's own type (or none: the client then passes the declared one)
            // sent an invalid value of the right type, 9007
            int code = f.code() == CwmpFault.INVALID_PARAMETER_TYPE && v.value() != null
                    && ValueCodec.namesType(v.type(), node.param().syntax()) ? CwmpFault.INVALID_PARAMETER_VALUE : f.code();
            return new ParameterFault(v.path(), code, f.message());
        }
        if (caller == Caller.ACS && node.param().syntax().cpeOnlyValues().contains(accepted.value())) {
            return new ParameterFault(v.path(), CwmpFault.INVALID_PARAMETER_VALUE,
                    "Only the device may set " + accepted.value());
        }
        return new PendingWrite(node, accepted.value(), current);
    }

    private Outcome<Integer> apply(Map<ProviderRegistration, List<PendingWrite>> byOwner, String parameterKey,
            Caller caller) {
        List<Map.Entry<ProviderRegistration, List<PendingWrite>>> applied = new ArrayList<>();
        try {
            return store.transaction(() -> {
                int status = 0;
                for (Map.Entry<ProviderRegistration, List<PendingWrite>> e : byOwner.entrySet()) {
                    List<ParameterWrite> share = toWrites(e.getValue(), false, caller);
                    Outcome<Integer> done = ProviderCalls.call("write", () -> e.getKey().provider().write(share));
                    if (!done.isSuccess()) {
                        rollBack(applied, caller);
                        return Outcome.failure(providerFault(done.faultOrNull(), e.getValue()));
                    }
                    applied.add(e);
                    status = Math.max(status, done.value() == null ? 0 : done.value());
                }
                if (parameterKey != null) {
                    store.setParameterKey(parameterKey);
                }
                return Outcome.success(status);
            });
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.ERROR, "state could not be saved; undoing the set", e);
            rollBack(applied, caller);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: state not saved");
        }
    }

    private void rollBack(List<Map.Entry<ProviderRegistration, List<PendingWrite>>> applied, Caller caller) {
        for (int i = applied.size() - 1; i >= 0; i--) {
            Map.Entry<ProviderRegistration, List<PendingWrite>> e = applied.get(i);
            List<ParameterWrite> undo = toWrites(e.getValue(), true, caller);
            Outcome<Integer> undone = ProviderCalls.call("rollback", () -> e.getKey().provider().write(undo));
            if (!undone.isSuccess()) {
                LOG.log(System.Logger.Level.ERROR, "rollback of {0} failed: {1}", undo, undone.faultOrNull());
            }
        }
    }

    private static List<ParameterWrite> toWrites(List<PendingWrite> writes, boolean oldValues, Caller caller) {
        List<ParameterWrite> out = new ArrayList<>(writes.size());
        for (PendingWrite w : writes) {
            out.add(new ParameterWrite(w.path(), oldValues ? w.current().value() : w.value(), caller));
        }
        return out;
    }

    /**
     * A provider's refusal as a SetParameterValues fault: its own per-parameter faults if it gave
     * some, its code on each of its parameters if that is a per-parameter code, else its fault as is.
     */
    private static CwmpFault providerFault(CwmpFault fault, List<PendingWrite> share) {
        if (!fault.parameterFaults().isEmpty()) {
            return CwmpFault.ofParameters(fault.parameterFaults());
        }
        if (fault.code() >= CwmpFault.INVALID_PARAMETER_NAME && fault.code() <= CwmpFault.NOT_WRITABLE) {
            List<ParameterFault> each = new ArrayList<>();
            for (PendingWrite w : share) {
                each.add(new ParameterFault(w.path(), fault.code(), fault.message()));
            }
            return CwmpFault.ofParameters(each);
        }
        return fault;
    }
}
