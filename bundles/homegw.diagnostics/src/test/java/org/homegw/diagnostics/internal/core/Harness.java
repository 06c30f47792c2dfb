package org.homegw.diagnostics.internal.core;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Drives a provider as the registry would: writes on the test thread, completions collected from
 * the diagnostics executor, a CWMP session that the test opens and ends ({@link #session}; none by
 * default). {@link #close()} stops the executor and fails if a run is still alive.
 */
public final class Harness implements AutoCloseable {

    public final ExecutorService executor = Executors.newCachedThreadPool();
    public final LinkedBlockingQueue<String> completions = new LinkedBlockingQueue<>();
    public final Session session = new Session();
    public final DiagnosticsProvider provider;
    private final String path;

    public Harness(DiagnosticTest test) {
        this(test, ResultStore.NONE);
    }

    public Harness(DiagnosticTest test, ResultStore store) {
        this.path = test.objectPath();
        this.provider = new DiagnosticsProvider(test, executor, session::afterSession,
                (p, state) -> completions.add(p + "=" + state), store,
                org.homegw.diagnostics.internal.net.InterfaceAddresses.NONE);
    }

    /** Writes as the device itself would (Gogo shell, another bundle): Caller.LOCAL. */
    public Outcome<Integer> setLocally(String... pairs) {
        List<ParameterWrite> writes = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            writes.add(new ParameterWrite(path + pairs[i], pairs[i + 1], DataModel.Caller.LOCAL));
        }
        Outcome<Void> ok = provider.validate(writes);
        return ok.isSuccess() ? provider.write(writes) : Outcome.failure(ok.faultOrNull());
    }

    /** Writes name=value pairs (names relative to the object) in one SetParameterValues share. */
    public Outcome<Integer> set(String... pairs) {
        List<ParameterWrite> writes = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            writes.add(new ParameterWrite(path + pairs[i], pairs[i + 1]));
        }
        Outcome<Void> ok = provider.validate(writes);
        return ok.isSuccess() ? provider.write(writes) : Outcome.failure(ok.faultOrNull());
    }

    /** Waits for the next completion (the 8 DIAGNOSTICS COMPLETE trigger) and answers its state. */
    public String awaitCompletion() throws InterruptedException {
        String c = completions.poll(30, TimeUnit.SECONDS);
        assertTrue("diagnostic did not complete", c != null);
        return c.substring(c.indexOf('=') + 1);
    }

    public String get(String name) {
        return read("", name);
    }

    /** One value of the object or of a row ("Result.1."). */
    public String read(String relativeObject, String name) {
        Map<String, String> m = provider.read(path + relativeObject, (Collection<String>) List.of(name)).value();
        return m.get(name);
    }

    public List<Long> instances(String table) {
        return provider.instances(path + table).value();
    }

    /** Stands for the CWMP client's SessionLifecycle: holds starts while "a session" runs. */
    public static final class Session {
        private final List<Runnable> waiting = new ArrayList<>();
        private boolean running;

        public synchronized void begin() {
            running = true;
        }

        /** Ends the session: the held starts run (on the test thread). */
        public void end() {
            List<Runnable> now;
            synchronized (this) {
                running = false;
                now = List.copyOf(waiting);
                waiting.clear();
            }
            now.forEach(Runnable::run);
        }

        public synchronized int waiting() {
            return waiting.size();
        }

        void afterSession(Runnable start) {
            synchronized (this) {
                if (running) {
                    waiting.add(start);
                    return;
                }
            }
            start.run();
        }
    }

    @Override
    public void close() throws InterruptedException {
        provider.close();
        executor.shutdownNow();
        assertTrue("a diagnostics thread did not stop", executor.awaitTermination(10, TimeUnit.SECONDS));
    }
}
