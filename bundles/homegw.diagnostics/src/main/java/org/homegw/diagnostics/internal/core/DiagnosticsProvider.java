package org.homegw.diagnostics.internal.core;

import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.LongStream;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.diagnostics.internal.net.InterfaceAddresses;
import org.homegw.diagnostics.internal.net.Inputs;

/**
 * Serves one diagnostics object and runs the TR-106 DiagnosticsState contract around its test:
 * writing Requested starts the test on the diagnostics executor once the CWMP session that wrote it
 * has ended ({@link AfterSession}; the session is never blocked, and a local write with no session
 * running starts it at once); the state stays Requested while it waits and runs and becomes Complete or an
 * Error_ value with the results; writing any test parameter (or Canceled) stops a running test and
 * sets the state to None; writing Requested during a run restarts it. Only a run that finished, not
 * one cancelled, is reported to the {@link CompletionListener}, and only when the ACS requested it: a
 * test requested by the device itself (the Gogo shell, another bundle: {@link ParameterWrite#caller()}
 * is LOCAL) completes without "8 DIAGNOSTICS COMPLETE".
 *
 * <p>State, test parameters and results are saved to a {@link ResultStore} after every change. After a
 * restart a Complete or Error_ result reads as it was; a test that was Requested or running then was
 * not retained, so its DiagnosticsState reads None (TR-181 DiagnosticsState: "After a reboot, if the
 * CPE has not retained the result parameters from the most recent test, it MUST set the value of this
 * parameter to None").
 */
public final class DiagnosticsProvider extends AbstractParameterProvider {

    public static final String STATE = "DiagnosticsState";
    public static final String NONE = "None";
    public static final String REQUESTED = "Requested";
    public static final String CANCELED = "Canceled";

    private static final System.Logger LOG = System.getLogger(DiagnosticsProvider.class.getName());

    private final DiagnosticTest test;
    private final String path;
    private final ExecutorService executor;
    private final AfterSession afterSession;
    private final CompletionListener listener;
    private final ResultStore store;
    private final InterfaceAddresses interfaces;

    private final Map<String, String> inputs;
    private String state = NONE;
    private TestResult results;
    /** Bumped by every start and stop; a run publishes its result only if it is still current. */
    private long generation;
    /** The requested run, waiting for the session's end or running; null when none. */
    private Cancellation running;
    /** Its task once started; null while it waits for the session's end. */
    private Future<?> runningTask;

    public DiagnosticsProvider(DiagnosticTest test, ExecutorService executor, AfterSession afterSession,
            CompletionListener listener) {
        this(test, executor, afterSession, listener, ResultStore.NONE, InterfaceAddresses.NONE);
    }

    public DiagnosticsProvider(DiagnosticTest test, ExecutorService executor, AfterSession afterSession,
            CompletionListener listener, ResultStore store, InterfaceAddresses interfaces) {
        this.interfaces = interfaces;
        this.test = test;
        this.path = test.objectPath();
        this.executor = executor;
        this.afterSession = afterSession;
        this.listener = listener;
        this.store = store;
        this.inputs = new LinkedHashMap<>(test.inputDefaults());
        this.results = test.initialResult();
        store.load(test.initialResult()).ifPresent(this::restore);
    }

    private void restore(SavedDiagnostic saved) {
        saved.inputs().forEach((name, value) -> inputs.computeIfPresent(name, (k, old) -> value));
        if (TestResult.COMPLETE.equals(saved.state()) || saved.state().startsWith("Error")) {
            state = saved.state();
            results = saved.results();
        }
        LOG.log(Level.DEBUG, "{0} restored: {1}", path, state);
    }

    /** Saves what a restart must find; called with this provider's lock held. */
    private void save() {
        store.save(new SavedDiagnostic(REQUESTED.equals(state) ? NONE : state, inputs,
                REQUESTED.equals(state) ? test.initialResult() : results));
    }

    public String objectPath() {
        return path;
    }

    /** The current DiagnosticsState (for tests and the shell). */
    public synchronized String state() {
        return state;
    }

    @Override
    public synchronized Outcome<List<Long>> instances(String tablePath) {
        if (!tablePath.startsWith(path)) {
            return Outcome.success(List.of());
        }
        List<Map<String, String>> rows = results.tables().get(tablePath.substring(path.length()));
        int n = rows == null ? 0 : rows.size();
        return Outcome.success(LongStream.rangeClosed(1, n).boxed().toList());
    }

    @Override
    public synchronized Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        Map<String, String> all = objectPath.equals(path) ? objectValues() : rowValues(objectPath);
        Map<String, String> answer = new LinkedHashMap<>();
        for (String name : parameterNames) {
            String v = all.get(name);
            if (v != null) {
                answer.put(name, v);
            }
        }
        return Outcome.success(answer);
    }

    private Map<String, String> objectValues() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(STATE, state);
        all.putAll(inputs);
        all.putAll(test.capabilities());
        all.putAll(results.values());
        results.tables().forEach((table, rows) ->
                all.put(table.substring(0, table.length() - 1) + "NumberOfEntries", Integer.toString(rows.size())));
        return all;
    }

    /** "Device.X.Result.3." → row 3 of table "Result.". */
    private Map<String, String> rowValues(String objectPath) {
        if (!objectPath.startsWith(path)) {
            return Map.of();
        }
        String rest = objectPath.substring(path.length());
        for (Map.Entry<String, List<Map<String, String>>> t : results.tables().entrySet()) {
            if (rest.startsWith(t.getKey())) {
                String index = rest.substring(t.getKey().length(), rest.length() - 1);
                try {
                    int i = Integer.parseInt(index);
                    return i >= 1 && i <= t.getValue().size() ? t.getValue().get(i - 1) : Map.of();
                } catch (NumberFormatException e) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    @Override
    public synchronized Outcome<Void> validate(List<ParameterWrite> writes) {
        Map<String, String> merged = new LinkedHashMap<>(inputs);
        boolean requested = false;
        for (ParameterWrite w : writes) {
            String name = nameOf(w.path());
            if (STATE.equals(name)) {
                if (REQUESTED.equals(w.value())) {
                    requested = true;
                } else if (!CANCELED.equals(w.value())) {
                    return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                            "DiagnosticsState can only be set to Requested or Canceled: " + w.path());
                }
            } else if (inputs.containsKey(name)) {
                merged.put(name, w.value());
            } else {
                return Outcome.failure(CwmpFault.NOT_WRITABLE, "Not writable: " + w.path());
            }
        }
        return requested ? test.checkRequest(merged) : Outcome.success(null);
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> valid = validate(writes);
        if (!valid.isSuccess()) {
            return Outcome.failure(valid.faultOrNull());
        }
        boolean stateChangedBySideEffect;
        synchronized (this) {
            String requestedState = null;
            boolean inputWritten = false;
            boolean byAcs = true;
            for (ParameterWrite w : writes) {
                String name = nameOf(w.path());
                if (STATE.equals(name)) {
                    requestedState = w.value();
                    byAcs = w.fromAcs();
                } else {
                    inputs.put(name, w.value());
                    inputWritten = true;
                }
            }
            String before = state;
            stopRunning();
            if (REQUESTED.equals(requestedState)) {
                start(byAcs);
            } else if (inputWritten || CANCELED.equals(requestedState)) {
                state = NONE;
                results = test.initialResult();
            }
            save();
            // the ACS knows the value it wrote; a state changed as a side effect is a value change
            stateChangedBySideEffect = !before.equals(state) && !REQUESTED.equals(state);
        }
        if (stateChangedBySideEffect) {
            notifyAsync();
        }
        return Outcome.success(0);
    }

    /** Stops a running test (deactivation). */
    public synchronized void close() {
        stopRunning();
    }

    private void start(boolean byAcs) {
        long gen = ++generation;
        Cancellation cancel = new Cancellation();
        Map<String, String> snapshot = Map.copyOf(inputs);
        state = REQUESTED;
        results = test.initialResult();
        running = cancel;
        LOG.log(Level.INFO, "{0} requested {1} with {2}; starts when the CWMP session has ended", path,
                byAcs ? "by the ACS" : "locally (no 8 DIAGNOSTICS COMPLETE)", snapshot);
        // called with this provider's lock held: the start itself runs later, from launch()
        afterSession.afterSession(() -> launch(gen, snapshot, cancel, byAcs));
    }

    /** The session has ended: the run starts unless it was cancelled or replaced meanwhile. */
    private void launch(long gen, Map<String, String> snapshot, Cancellation cancel, boolean byAcs) {
        synchronized (this) {
            if (gen != generation || cancel.isCancelled()) {
                return;
            }
            try {
                runningTask = executor.submit(() -> runTest(gen, snapshot, cancel, byAcs));
                LOG.log(Level.INFO, "{0} started", path);
                return;
            } catch (RejectedExecutionException e) {
                LOG.log(Level.WARNING, "{0} cannot start: diagnostics executor is stopped", path);
                running = null;
                state = TestResult.ERROR_INTERNAL;
                save();
            }
        }
        if (!Thread.holdsLock(this)) {
            // launched later: nobody else reports the change (when launched within write(), write() does)
            fireValueChanged(path + STATE);
        }
    }

    private void stopRunning() {
        generation++;
        if (running != null) {
            LOG.log(Level.INFO, "{0}: requested test cancelled", path);
            running.cancel();
            if (runningTask != null) {
                runningTask.cancel(true);
            }
            running = null;
            runningTask = null;
        }
    }

    private void runTest(long gen, Map<String, String> snapshot, Cancellation cancel, boolean byAcs) {
        TestResult result;
        try {
            result = runBound(snapshot, cancel);
        } catch (InterruptedException e) {
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, path + " failed", e);
            result = test.initialResult().withState(TestResult.ERROR_INTERNAL);
        }
        synchronized (this) {
            if (gen != generation || cancel.isCancelled()) {
                return;
            }
            results = result;
            state = result.state();
            running = null;
            runningTask = null;
            save();
        }
        LOG.log(Level.INFO, "{0} finished: {1} {2}", path, result.state(), result.values());
        fireValueChanged(path);
        if (byAcs) {
            listener.diagnosticCompleted(path, result.state());
        }
    }

    /**
     * Runs the test, bound to the addresses of its Interface when one is given; an Interface that
     * names no IP interface with an address ends the run with Error_Other (every diagnostics object's
     * DiagnosticsState has it) instead of silently testing over another interface.
     */
    private TestResult runBound(Map<String, String> snapshot, Cancellation cancel) throws InterruptedException {
        String iface = snapshot.getOrDefault("Interface", "").trim();
        if (iface.isEmpty()) {
            return test.run(snapshot, cancel);
        }
        List<java.net.InetAddress> addresses = interfaces.addressesOf(iface);
        if (addresses.isEmpty()) {
            LOG.log(Level.WARNING, "{0}: Interface {1} has no usable IP address; not run", path, iface);
            return test.initialResult().withState(TestResult.ERROR_OTHER);
        }
        Map<String, String> bound = new LinkedHashMap<>(snapshot);
        bound.put(Inputs.INTERFACE_ADDRESSES, String.join(",",
                addresses.stream().map(java.net.InetAddress::getHostAddress).toList()));
        LOG.log(Level.INFO, "{0}: bound to {1} ({2})", path, iface, bound.get(Inputs.INTERFACE_ADDRESSES));
        return test.run(bound, cancel);
    }

    private void notifyAsync() {
        try {
            executor.execute(() -> fireValueChanged(path + STATE));
        } catch (RejectedExecutionException e) {
            // shutting down: nobody is left to tell
        }
    }

    private String nameOf(String parameterPath) {
        return parameterPath.startsWith(path) ? parameterPath.substring(path.length()) : parameterPath;
    }
}
