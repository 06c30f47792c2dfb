package org.homegw.crash;

/**
 * One kind of work the gateway is killed in the middle of. A scenario keeps what the gateway's state
 * should be (the last state it saw committed) and checks each restart against it.
 */
interface Scenario {

    String name();

    /** Starts one operation: serves its files, queues its RPCs and sends a Connection Request. */
    Attempt begin(CrashLab lab, int round);
}
