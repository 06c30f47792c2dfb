package org.homegw.cwmp.client.internal.rpc;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.message.AddObject;
import org.homegw.cwmp.message.AddObjectResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpResponse;
import org.homegw.cwmp.message.DeleteObject;
import org.homegw.cwmp.message.DeleteObjectResponse;
import org.homegw.cwmp.message.FactoryReset;
import org.homegw.cwmp.message.FactoryResetResponse;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetParameterAttributes;
import org.homegw.cwmp.message.GetParameterAttributesResponse;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.GetRPCMethodsResponse;
import org.homegw.cwmp.message.ParameterAttributeStruct;
import org.homegw.cwmp.message.ParameterInfoStruct;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.RebootResponse;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.ScheduleInformResponse;
import org.homegw.cwmp.message.SetParameterAttributes;
import org.homegw.cwmp.message.SetParameterAttributesResponse;
import org.homegw.cwmp.message.SetParameterAttributesStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesFault;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.cwmp.message.UnknownMethod;
import org.homegw.cwmp.message.VendorResponse;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;

/**
 * Answers ACS requests (thesis §5.5: Methods Validation → Parameters Validation → Request Handling).
 * Built-in methods go to the {@link DataModel} or are recorded in {@link SessionOrders}; any other
 * method goes to the whiteboard {@link RpcHandler} registered for it, else fault 9000. Arguments
 * that break the schema's limits get 9003; data-model faults pass through with their codes.
 */
public final class RpcDispatcher {

    private static final System.Logger LOG = System.getLogger(RpcDispatcher.class.getName());

    /** Methods this class answers itself (FactoryReset only while {@code factoryResetAvailable}). */
    public static final Set<String> BUILT_IN = Set.of("GetRPCMethods", "GetParameterNames", "GetParameterValues",
            "SetParameterValues", "GetParameterAttributes", "SetParameterAttributes", "AddObject", "DeleteObject",
            "Reboot", "FactoryReset", "ScheduleInform");

    private static final int MAX_PATH = 256;
    private static final int MAX_KEY = 32;

    private final DataModel model;
    private final RpcHandlers handlers;
    private final BooleanSupplier factoryResetAvailable;

    public RpcDispatcher(DataModel model, RpcHandlers handlers, BooleanSupplier factoryResetAvailable) {
        this.model = model;
        this.handlers = handlers;
        this.factoryResetAvailable = factoryResetAvailable;
    }

    /** The methods the CPE supports right now, as GetRPCMethods lists them. */
    public List<String> supportedMethods() {
        Set<String> methods = new TreeSet<>(BUILT_IN);
        if (!factoryResetAvailable.getAsBoolean()) {
            methods.remove("FactoryReset");
        }
        methods.addAll(handlers.methods());
        return List.copyOf(methods);
    }

    /** Answers one request outside any session memory (each call starts with an empty {@link SessionListing}). */
    public RpcAnswer dispatch(CwmpRequest request, SessionOrders orders) {
        return dispatch(request, orders, new SessionListing());
    }

    /**
     * Answers one request of a session; never throws (a failing handler becomes fault 9002).
     * {@code listing} is the session's memory of what it reported, so that names listed earlier in
     * the session stay readable after they vanish.
     */
    public RpcAnswer dispatch(CwmpRequest request, SessionOrders orders, SessionListing listing) {
        try {
            return answer(request, orders, listing);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "internal error answering " + request.methodName(), e);
            return fault(CwmpFault.INTERNAL_ERROR, "Internal error");
        }
    }

    private RpcAnswer answer(CwmpRequest request, SessionOrders orders, SessionListing listing) {
        if (request instanceof GetRPCMethods) {
            return message(new GetRPCMethodsResponse(supportedMethods()));
        } else if (request instanceof GetParameterNames r) {
            return getNames(r, listing);
        } else if (request instanceof GetParameterValues r) {
            return getValues(r, listing);
        } else if (request instanceof SetParameterValues r) {
            return setValues(r, listing);
        } else if (request instanceof GetParameterAttributes r) {
            return getAttributes(r);
        } else if (request instanceof SetParameterAttributes r) {
            return setAttributes(r);
        } else if (request instanceof AddObject r) {
            return addObject(r);
        } else if (request instanceof DeleteObject r) {
            return deleteObject(r, listing);
        } else if (request instanceof Reboot r) {
            if (r.commandKey().length() > MAX_KEY) {
                return fault(CwmpFault.INVALID_ARGUMENTS, "CommandKey longer than 32 characters");
            }
            orders.reboot(r.commandKey());
            return message(new RebootResponse());
        } else if (request instanceof FactoryReset && factoryResetAvailable.getAsBoolean()) {
            orders.factoryReset();
            return message(new FactoryResetResponse());
        } else if (request instanceof ScheduleInform r) {
            // TR-069 requires DelaySeconds > 0
            if (r.delaySeconds() < 1 || r.delaySeconds() > 0xFFFFFFFFL || r.commandKey().length() > MAX_KEY) {
                return fault(CwmpFault.INVALID_ARGUMENTS, "DelaySeconds must be 1..4294967295, CommandKey <= 32 chars");
            }
            orders.scheduleInform(r.delaySeconds(), r.commandKey());
            return message(new ScheduleInformResponse());
        }
        return viaHandler(request);
    }

    private RpcAnswer viaHandler(CwmpRequest request) {
        String method = request instanceof UnknownMethod u ? u.methodName() : request.methodName();
        RpcHandler handler = handlers.forMethod(method).orElse(null);
        if (handler == null) {
            return fault(CwmpFault.METHOD_NOT_SUPPORTED, "Method not supported: " + method);
        }
        CwmpMessage answer;
        try {
            answer = handler.handle(request);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "RpcHandler for " + method + " failed", e);
            return fault(CwmpFault.INTERNAL_ERROR, "Internal error");
        }
        if (answer instanceof VendorResponse v && !v.methodName().equals(method + "Response")) {
            LOG.log(Level.ERROR, "RpcHandler for " + method + " answered " + v.methodName() + ", not "
                    + method + "Response");
            return fault(CwmpFault.INTERNAL_ERROR, "Internal error");
        }
        if (answer instanceof CwmpResponse || answer instanceof FaultMessage) {
            return message(answer);
        }
        LOG.log(Level.ERROR, "RpcHandler for " + method + " answered " + answer + ", not a response or fault");
        return fault(CwmpFault.INTERNAL_ERROR, "Internal error");
    }

    private RpcAnswer getNames(GetParameterNames r, SessionListing listing) {
        String path = r.parameterPath() == null ? "" : r.parameterPath();
        if (path.length() > MAX_PATH) {
            return fault(CwmpFault.INVALID_ARGUMENTS, "ParameterPath longer than 256 characters");
        }
        Outcome<List<ParameterInfo>> names = model.getNames(path, r.nextLevel());
        if (isInvalidName(names)) {
            Optional<List<ParameterInfo>> remembered = listing.names(path, r.nextLevel());
            if (remembered.isPresent()) {
                LOG.log(Level.INFO, "{0} vanished during the session; GetParameterNames answered with the names"
                        + " listed earlier", path);
                names = Outcome.success(remembered.get());
            }
        }
        return outcome(names, infos -> {
            infos.forEach(listing::listed);
            return new GetParameterNamesResponse(
                    infos.stream().map(i -> new ParameterInfoStruct(i.path(), i.writable())).toList());
        });
    }

    private RpcAnswer getValues(GetParameterValues r, SessionListing listing) {
        List<String> paths = r.parameterNames();
        if (paths.isEmpty()) {
            return fault(CwmpFault.INVALID_ARGUMENTS, "ParameterNames is empty");
        }
        for (String path : paths) {
            if (path.length() > MAX_PATH) {
                return fault(CwmpFault.INVALID_ARGUMENTS, "parameter name longer than 256 characters");
            }
        }
        // first pass validates every path (9005 before anything is sent) and counts the values; a
        // small answer keeps them, so the tree is read once (a large one is read again while written)
        PreparedCollector collected = new PreparedCollector();
        Outcome<Integer> checked = model.getValues(paths, collected);
        if (checked.isSuccess()) {
            return new RpcAnswer.Streamed(collected.values() != null
                    ? StreamedValues.prepared(paths, collected.values(), listing)
                    : new StreamedValues(paths.stream().<StreamedValues.Part>map(StreamedValues.Live::new).toList(),
                            collected.count(), listing));
        }
        if (!isInvalidName(checked)) {
            return fault(checked.faultOrNull().code(), checked.faultOrNull().message());
        }
        // some name is unknown: path by path, one that vanished after this session reported it is
        // answered with what was reported
        List<StreamedValues.Part> parts = new ArrayList<>();
        int total = 0;
        for (String path : paths) {
            int[] n = {0};
            Outcome<Integer> one = model.getValues(List.of(path), v -> n[0]++);
            Optional<List<ParameterValue>> remembered = isInvalidName(one) ? listing.values(path) : Optional.empty();
            if (one.isSuccess()) {
                parts.add(new StreamedValues.Live(path));
                total += n[0];
            } else if (remembered.isPresent()) {
                LOG.log(Level.INFO, "{0} vanished during the session; answered with the values reported earlier", path);
                parts.add(new StreamedValues.Remembered(path, remembered.get()));
                total += remembered.get().size();
            } else {
                return fault(one.faultOrNull().code(), one.faultOrNull().message());
            }
        }
        return new RpcAnswer.Streamed(new StreamedValues(parts, total, listing));
    }

    private static boolean isInvalidName(Outcome<?> o) {
        return !o.isSuccess() && o.faultOrNull().code() == CwmpFault.INVALID_PARAMETER_NAME;
    }

    private RpcAnswer setValues(SetParameterValues r, SessionListing listing) {
        if (r.parameterKey() != null && r.parameterKey().length() > MAX_KEY) {
            return fault(CwmpFault.INVALID_ARGUMENTS, "ParameterKey longer than 32 characters");
        }
        Set<String> seen = new HashSet<>();
        List<ParameterValue> values = new ArrayList<>();
        for (ParameterValueStruct p : r.parameterList()) {
            if (!seen.add(p.name())) {
                return fault(CwmpFault.INVALID_ARGUMENTS, "parameter " + p.name() + " appears more than once");
            }
            values.add(toValue(p));
        }
        Outcome<Integer> outcome = model.setValues(values, r.parameterKey() == null ? "" : r.parameterKey(),
                DataModel.Caller.ACS);
        if (outcome.faultOrNull() != null) {
            CwmpFault f = outcome.faultOrNull();
            List<SetParameterValuesFault> perParameter = f.parameterFaults().stream()
                    .map(pf -> new SetParameterValuesFault(pf.parameterName(), pf.code(), pf.message())).toList();
            return message(FaultMessage.of(f.code(), f.message(), perParameter));
        }
        values.forEach(listing::reported);
        return message(new SetParameterValuesResponse(outcome.value()));
    }

    /** An untyped value (no xsi:type) takes the parameter's declared type, so the model checks its lexical form. */
    private ParameterValue toValue(ParameterValueStruct p) {
        if (p.isUntyped()) {
            return new ParameterValue(p.name(), p.value(), model.typeOf(p.name()).orElse("string"));
        }
        return new ParameterValue(p.name(), p.value(), p.type());
    }

    private RpcAnswer getAttributes(GetParameterAttributes r) {
        if (r.parameterNames().isEmpty()) {
            return fault(CwmpFault.INVALID_ARGUMENTS, "ParameterNames is empty");
        }
        return outcome(model.getAttributes(r.parameterNames()), attrs -> new GetParameterAttributesResponse(
                attrs.stream().map(a -> new ParameterAttributeStruct(a.path(), a.notification(), a.accessList()))
                        .toList()));
    }

    private RpcAnswer setAttributes(SetParameterAttributes r) {
        List<AttributeChange> changes = new ArrayList<>();
        for (SetParameterAttributesStruct s : r.parameterList()) {
            if (s.notificationChange() && (s.notification() < 0 || s.notification() > 6)) {
                return fault(CwmpFault.INVALID_ARGUMENTS, "Notification " + s.notification() + " out of range 0..6");
            }
            if (s.accessListChange() && s.accessList().stream().anyMatch(a -> !a.equals("Subscriber"))) {
                return fault(CwmpFault.INVALID_ARGUMENTS, "AccessList may only contain \"Subscriber\"");
            }
            changes.add(new AttributeChange(s.name(), s.notificationChange(), s.notification(),
                    s.accessListChange(), s.accessList()));
        }
        return outcome(model.setAttributes(changes), v -> new SetParameterAttributesResponse());
    }

    private RpcAnswer addObject(AddObject r) {
        if (r.objectName().isEmpty() || r.objectName().length() > MAX_PATH || r.parameterKey().length() > MAX_KEY) {
            return fault(CwmpFault.INVALID_ARGUMENTS, "ObjectName must be 1..256 chars, ParameterKey <= 32 chars");
        }
        return outcome(model.addObject(objectPath(r.objectName()), r.parameterKey(), DataModel.Caller.ACS),
                a -> new AddObjectResponse(a.instanceNumber(), a.status()));
    }

    private RpcAnswer deleteObject(DeleteObject r, SessionListing listing) {
        if (r.objectName().isEmpty() || r.objectName().length() > MAX_PATH || r.parameterKey().length() > MAX_KEY) {
            return fault(CwmpFault.INVALID_ARGUMENTS, "ObjectName must be 1..256 chars, ParameterKey <= 32 chars");
        }
        String path = objectPath(r.objectName());
        Outcome<Integer> deleted = model.deleteObject(path, r.parameterKey(), DataModel.Caller.ACS);
        if (deleted.isSuccess()) {
            listing.forget(path);
        }
        return outcome(deleted, DeleteObjectResponse::new);
    }

    /** CWMP 1.2+ requires the trailing dot; 1.0-era ACSes sometimes leave it out (lenient in). */
    private static String objectPath(String name) {
        return name.endsWith(".") ? name : name + ".";
    }

    private static <T> RpcAnswer outcome(Outcome<T> outcome, java.util.function.Function<T, CwmpMessage> onSuccess) {
        CwmpFault f = outcome.faultOrNull();
        return f == null ? message(onSuccess.apply(outcome.value())) : fault(f.code(), f.message());
    }

    private static RpcAnswer message(CwmpMessage m) {
        return new RpcAnswer.Message(m);
    }

    private static RpcAnswer fault(int code, String text) {
        return new RpcAnswer.Message(FaultMessage.of(code, text));
    }
}
