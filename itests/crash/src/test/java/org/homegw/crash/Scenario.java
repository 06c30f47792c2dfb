package org.homegw.crash;

/**
 * One kind of work the gateway is killed in the middle of. A scenario keeps what the gateway's state
 * should be (the last state it saw committed) and checks each restart against it.
 */
interface Scenario {

    String name();

    /**
     * Why this scenario's invariant is known to break (a reported bug not fixed yet), or null. Its
     * violations are then printed as KNOWN and counted apart, so a run still fails on anything new.
     */
    default String knownWeakness() {
        return null;
    }

    /** Starts one operation: serves its files, queues its RPCs and sends a Connection Request. */
    Attempt begin(CrashLab lab, int round);
}
