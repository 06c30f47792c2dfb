package org.homegw.cwmp.connreq.internal;

import java.util.List;

/** Fails a test that leaves this bundle's threads running after everything was closed. */
public final class LeakedThreads {

    private LeakedThreads() {
    }

    public static void assertNone() throws InterruptedException {
        List<String> alive = List.of();
        for (int i = 0; i < 100; i++) { // worker threads may take a moment to notice the shutdown
            alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(n -> n.startsWith("homegw-connreq")).toList();
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("threads left running: " + alive);
    }
}
