package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.adapter.host.spi.InterfaceControl;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * The one kind of write the host adapter takes: {@code <table>{i}.Enable} of an interface table
 * (Ethernet.Interface, IP.Interface; instance number = kernel interface index), handed to the
 * {@link InterfaceControl}. Every other write is not writable (9008); a write the control refuses is
 * 9001 with a log line naming the parameter and the reason.
 */
final class InterfaceEnableWrites {

    private static final System.Logger LOG = System.getLogger(InterfaceEnableWrites.class.getName());

    /** The interface name of an instance number, or null when there is no such instance. */
    @FunctionalInterface
    interface Names {
        String name(long instance) throws IOException;
    }

    private final Pattern enablePath;
    private final InterfaceControl control;
    private final Names names;

    InterfaceEnableWrites(String tablePath, InterfaceControl control, Names names) {
        this.enablePath = Pattern.compile(Pattern.quote(tablePath) + "([1-9][0-9]{0,9})\\.Enable");
        this.control = control;
        this.names = names;
    }

    Outcome<Void> validate(List<ParameterWrite> writes) {
        List<ParameterFault> faults = new ArrayList<>();
        try {
            for (ParameterWrite w : writes) {
                Matcher m = enablePath.matcher(w.path());
                String name = m.matches() ? names.name(Long.parseLong(m.group(1))) : null;
                if (name == null) {
                    faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE,
                            "The host adapter changes only interface Enable"));
                    continue;
                }
                Optional<String> refusal = control.refusal(name, enabled(w));
                if (refusal.isPresent()) {
                    LOG.log(System.Logger.Level.WARNING, "refusing {0}={1}: {2}", w.path(), w.value(), refusal.get());
                    faults.add(new ParameterFault(w.path(), CwmpFault.REQUEST_DENIED, "Request denied: " + refusal.get()));
                }
            }
        } catch (IOException e) {
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: host state unreadable: " + e.getMessage());
        }
        return faults.isEmpty() ? Outcome.success(null) : Outcome.failure(CwmpFault.ofParameters(faults));
    }

    /** Applies validated writes in request order (the last write of an interface wins). */
    Outcome<Integer> write(List<ParameterWrite> writes) {
        Map<String, Boolean> wanted = new LinkedHashMap<>();
        try {
            for (ParameterWrite w : writes) {
                Matcher m = enablePath.matcher(w.path());
                String name = m.matches() ? names.name(Long.parseLong(m.group(1))) : null;
                if (name == null) {
                    return Outcome.failure(CwmpFault.NOT_WRITABLE, "Not writable: " + w.path());
                }
                wanted.put(name, enabled(w));
            }
            for (Map.Entry<String, Boolean> e : wanted.entrySet()) {
                control.setEnabled(e.getKey(), e.getValue());
                LOG.log(System.Logger.Level.INFO, "interface {0} switched {1}", e.getKey(), e.getValue() ? "up" : "down");
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot switch an interface: " + e.getMessage());
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: " + e.getMessage());
        }
        return Outcome.success(0);
    }

    /** The registry hands booleans over canonical ("true"/"false"); "1" is accepted as well. */
    private static boolean enabled(ParameterWrite w) {
        return w.value().equals("true") || w.value().equals("1");
    }
}
