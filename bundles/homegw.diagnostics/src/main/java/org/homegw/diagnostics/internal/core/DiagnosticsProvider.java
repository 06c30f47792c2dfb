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

/**
 * Serves one diagnostics object and runs the TR-106 DiagnosticsState contract around its test:
 * writing Requested starts the test on the diagnostics executor (the writer's thread, i.e. the CWMP
 * session, is never blocked); the state stays Requested while it runs and becomes Complete or an
 * Error_ value with the results; writing any test parameter (or Canceled) stops a running test and
 * sets the state to None; writing Requested during a run restarts it. Only a run that finished, not
 * one cancelled, is reported to the {@link CompletionListener}.
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
    private final CompletionListener listener;

    private final Map<String, String> inputs;
    private String state = NONE;
    private TestResult results;
    /** Bumped by every start and stop; a run publishes its result only if it is still current. */
    private long generation;
    private Cancellation running;
    private Future<?> runningTask;

    public DiagnosticsProvider(DiagnosticTest test, ExecutorService executor, CompletionListener listener) {
        this.test = test;
        this.path = test.objectPath();
        this.executor = executor;
        this.listener = listener;
        this.inputs = new LinkedHashMap<>(test.inputDefaults());
        this.results = test.initialResult();
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
            for (ParameterWrite w : writes) {
                String name = nameOf(w.path());
                if (STATE.equals(name)) {
                    requestedState = w.value();
                } else {
                    inputs.put(name, w.value());
                    inputWritten = true;
                }
            }
            String before = state;
            stopRunning();
            if (REQUESTED.equals(requestedState)) {
                start();
            } else if (inputWritten || CANCELED.equals(requestedState)) {
                state = NONE;
            }
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

    private void start() {
        long gen = ++generation;
        Cancellation cancel = new Cancellation();
        Map<String, String> snapshot = Map.copyOf(inputs);
        state = REQUESTED;
        results = test.initialResult();
        running = cancel;
        try {
            runningTask = executor.submit(() -> runTest(gen, snapshot, cancel));
            LOG.log(Level.INFO, "{0} requested with {1}", path, snapshot);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "{0} cannot start: diagnostics executor is stopped", path);
            running = null;
            state = TestResult.ERROR_INTERNAL;
        }
    }

    private void stopRunning() {
        generation++;
        if (running != null) {
            LOG.log(Level.INFO, "{0}: running test cancelled", path);
            running.cancel();
            runningTask.cancel(true);
            running = null;
            runningTask = null;
        }
    }

    private void runTest(long gen, Map<String, String> snapshot, Cancellation cancel) {
        TestResult result;
        try {
            result = test.run(snapshot, cancel);
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
        }
        LOG.log(Level.INFO, "{0} finished: {1} {2}", path, result.state(), result.values());
        fireValueChanged(path);
        listener.diagnosticCompleted(path, result.state());
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
