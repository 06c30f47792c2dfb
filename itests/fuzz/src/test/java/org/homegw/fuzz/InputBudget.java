package org.homegw.fuzz;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-input bounds every fuzz target enforces: a parser must finish one input within
 * {@link #MAX_NANOS} (100 ms) and allocate at most a bound the target derives from its limits.
 *
 * <p>Time and allocation are measured on the calling thread (wall clock, thread CPU time, thread
 * allocated bytes). The first run of an input also pays for class loading, JIT compilation, a GC
 * pause or another process on the shared cores, so an input over budget is run again, up to
 * {@link #RUNS} times in all, and fails only if every run is over: a real hang or an allocation
 * that grows with something other than the input stays over every time.
 */
public final class InputBudget {

    /** No input may take longer than this. */
    public static final long MAX_NANOS = 100_000_000L;
    static final int RUNS = 3;
    /**
     * Fixed part of every allocation bound. Jazzer's own hooks (sanitizers, comparison tracing)
     * allocate a few hundred KB per input on top of the code under test, so the fixed part is
     * generous; what the bound catches is allocation that grows with something other than the input.
     */
    public static final long FIXED_ALLOCATION = 4L << 20;

    /** The work for one input; it catches the errors its parser specifies and throws anything else. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** What one run cost. */
    record Cost(long wallNanos, long cpuNanos, long allocatedBytes) {
        boolean within(long maxBytes) {
            return wallNanos <= MAX_NANOS && cpuNanos <= MAX_NANOS && allocatedBytes <= maxBytes;
        }

        @Override
        public String toString() {
            return String.format("%.1f ms wall, %.1f ms CPU, %,d bytes allocated", wallNanos / 1e6, cpuNanos / 1e6,
                    allocatedBytes);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Per target: inputs checked and the largest cost seen, printed when the JVM exits. */
    private static final Map<String, long[]> SEEN = new ConcurrentHashMap<>();

    static {
        // surefire stops reading the test JVM's output before shutdown hooks run: write a file
        Runtime.getRuntime().addShutdownHook(new Thread(InputBudget::writeReport));
    }

    private InputBudget() {
    }

    /** {@link #FIXED_ALLOCATION} plus {@code perByte} bytes for each input byte. */
    public static long allocationBound(int inputLength, long perByte) {
        return FIXED_ALLOCATION + perByte * inputLength;
    }

    /**
     * Runs {@code work} for one input and throws {@link AssertionError} when it stays over 100 ms or
     * over {@code maxAllocatedBytes} on every run.
     */
    public static void check(String target, int inputLength, long maxAllocatedBytes, Work work) throws Exception {
        Cost cost = null;
        for (int run = 0; run < RUNS; run++) {
            cost = measure(work);
            if (cost.within(maxAllocatedBytes)) {
                record(target, cost);
                return;
            }
        }
        throw new AssertionError(target + ": input of " + inputLength + " bytes over budget on " + RUNS
                + " runs (limit 100 ms, " + String.format("%,d", maxAllocatedBytes) + " bytes): last run " + cost);
    }

    /** Appends one line per target to {@code target/fuzz-budget.txt} (the module directory is the working directory). */
    private static void writeReport() {
        StringBuilder sb = new StringBuilder();
        SEEN.forEach((target, s) -> sb.append(String.format("%s fuzz budget %s: %,d inputs; max wall %.1f ms,"
                + " max CPU %.1f ms, max allocated %,d bytes (per input, best of up to %d runs)%n",
                java.time.Instant.now(), target, s[0], s[1] / 1e6, s[2] / 1e6, s[3], RUNS)));
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target");
            if (java.nio.file.Files.isDirectory(dir)) {
                java.nio.file.Files.writeString(dir.resolve("fuzz-budget.txt"), sb,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
        } catch (java.io.IOException e) {
            System.err.print(sb);
        }
    }

    private static void record(String target, Cost cost) {
        SEEN.compute(target, (k, s) -> {
            long[] m = s == null ? new long[4] : s;
            m[0]++;
            m[1] = Math.max(m[1], cost.wallNanos());
            m[2] = Math.max(m[2], cost.cpuNanos());
            m[3] = Math.max(m[3], cost.allocatedBytes());
            return m;
        });
    }

    private static Cost measure(Work work) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - t0;
        return new Cost(wall, THREADS.getCurrentThreadCpuTime() - cpu0, THREADS.getCurrentThreadAllocatedBytes() - alloc0);
    }
}
