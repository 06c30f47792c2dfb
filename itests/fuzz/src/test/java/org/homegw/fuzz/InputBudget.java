package org.homegw.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The per-input bounds every fuzz target enforces: a parser must finish one input within
 * {@link #MAX_NANOS} (100 ms) and allocate at most {@link #allocationBound} bytes.
 *
 * <p>Time and allocation are measured on the calling thread (wall clock, thread CPU time, thread
 * allocated bytes). The first run of an input also pays for class loading, JIT compilation, a GC
 * pause or another process on the shared cores, so an input over budget is run again, up to
 * {@link #RUNS} times in all, and fails only if every run is over: a real hang or an allocation
 * that grows with something other than the input stays over every time. Every
 * {@link #HEAP_SAMPLE_EVERY} inputs the live heap after a full GC is checked too, so state a target
 * keeps across inputs cannot grow without bound.
 */
public final class InputBudget {

    /** No input may take longer than this. */
    public static final long MAX_NANOS = 100_000_000L;
    static final int RUNS = 3;
    /**
     * Allocation bound per input: this fixed part plus {@link #ALLOCATION_PER_INPUT_BYTE} per input
     * byte. Jazzer's own hooks (sanitizers, comparison tracing, regex hooks) allocate far more than
     * the code under test (e.g. 4.6 MB for a 3 KB compact file that the reader alone parses with
     * 75 KB), so the bound is loose; what it catches is allocation that does not grow with the
     * input: a length field taken at its word, entity expansion, a buffer doubled without limit.
     */
    public static final long FIXED_ALLOCATION = 8L << 20;
    public static final long ALLOCATION_PER_INPUT_BYTE = 1024;
    /**
     * Every this many inputs the live heap is measured after a full GC: state that survives inputs
     * (nonce tables, replay memories, timers, caches) must not grow with the number of inputs.
     */
    static final int HEAP_SAMPLE_EVERY = 20_000;
    /** The live heap after GC may not exceed this (the fuzzing JVM runs with -Xmx1g). */
    static final long MAX_LIVE_HEAP = 256L << 20;

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

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final AtomicLong CHECKED = new AtomicLong();
    private static final AtomicLong MAX_HEAP = new AtomicLong();
    private static final AtomicLong HEAP_SAMPLES = new AtomicLong();

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Inputs after which the JVM counts as warm (classes loaded, hot code compiled) for the report. */
    static final int WARM_UP = 1000;

    /** Per target: inputs checked and the largest cost seen (all, and once warm), written when the JVM exits. */
    private static final Map<String, long[]> SEEN = new ConcurrentHashMap<>();

    static {
        // surefire stops reading the test JVM's output before shutdown hooks run: write a file
        Runtime.getRuntime().addShutdownHook(new Thread(InputBudget::writeReport));
    }

    private InputBudget() {
    }

    /** {@link #FIXED_ALLOCATION} plus {@link #ALLOCATION_PER_INPUT_BYTE} for each input byte. */
    public static long allocationBound(int inputLength) {
        return FIXED_ALLOCATION + ALLOCATION_PER_INPUT_BYTE * inputLength;
    }

    /**
     * Runs {@code work} for one input and throws {@link AssertionError} when it stays over 100 ms or
     * over {@link #allocationBound} on every run.
     */
    public static void check(String target, int inputLength, Work work) throws Exception {
        long maxAllocatedBytes = allocationBound(inputLength);
        if (CHECKED.incrementAndGet() % HEAP_SAMPLE_EVERY == 0) {
            checkLiveHeap(target);
        }
        Cost cost = null;
        for (int run = 0; run < RUNS; run++) {
            cost = measure(work);
            if (cost.within(maxAllocatedBytes)) {
                record(target, cost, run);
                return;
            }
        }
        throw new AssertionError(target + ": input of " + inputLength + " bytes over budget on " + RUNS
                + " runs (limit 100 ms, " + String.format("%,d", maxAllocatedBytes) + " bytes): last run " + cost);
    }

    private static void checkLiveHeap(String target) {
        System.gc();
        long used = MEMORY.getHeapMemoryUsage().getUsed();
        MAX_HEAP.accumulateAndGet(used, Math::max);
        HEAP_SAMPLES.incrementAndGet();
        if (used > MAX_LIVE_HEAP) {
            throw new AssertionError(target + ": live heap " + String.format("%,d", used) + " bytes after GC at input "
                    + CHECKED.get() + " (limit " + String.format("%,d", MAX_LIVE_HEAP) + ")");
        }
    }

    /** Appends one line per target to {@code target/fuzz-budget.txt} (the module directory is the working directory). */
    private static void writeReport() {
        StringBuilder sb = new StringBuilder();
        SEEN.forEach((target, s) -> sb.append(String.format("%s fuzz budget %s: %,d inputs; max wall %.1f ms,"
                + " max CPU %.1f ms, max allocated %,d bytes; after the first %,d inputs: max wall %.1f ms,"
                + " max CPU %.1f ms, max allocated %,d bytes (per input, best of up to %d runs; %,d inputs"
                + " needed a second or third run)%n",
                Instant.now(), target, s[0], s[1] / 1e6, s[2] / 1e6, s[3], WARM_UP, s[4] / 1e6, s[5] / 1e6,
                s[6], RUNS, s[7])));
        if (HEAP_SAMPLES.get() > 0) {
            sb.append(String.format("%s live heap after GC, every %,d inputs: max %,d bytes over %,d samples%n",
                    Instant.now(), HEAP_SAMPLE_EVERY, MAX_HEAP.get(), HEAP_SAMPLES.get()));
        }
        try {
            Path dir = Path.of("target");
            if (Files.isDirectory(dir)) {
                Files.writeString(dir.resolve("fuzz-budget.txt"), sb,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            System.err.print(sb);
        }
    }

    private static void record(String target, Cost cost, int retries) {
        SEEN.compute(target, (k, s) -> {
            long[] m = s == null ? new long[8] : s;
            m[0]++;
            m[7] += retries > 0 ? 1 : 0;
            int at = m[0] > WARM_UP ? 4 : 1;
            for (int i : new int[] {1, at}) {
                m[i] = Math.max(m[i], cost.wallNanos());
                m[i + 1] = Math.max(m[i + 1], cost.cpuNanos());
                m[i + 2] = Math.max(m[i + 2], cost.allocatedBytes());
            }
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
