package org.homegw.crash;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.RpcOutcome;

/**
 * One operation of a {@link Scenario}, begun with a Connection Request. The harness kills the
 * gateway somewhere between {@link #begun()} and the log entry that ends it ({@link #isDone}),
 * restarts it, lets it {@link #settle} and has the invariants {@link #check}ed.
 */
abstract class Attempt {

    private final long mark;
    private final Instant begun;
    private final PendingRpc rpc;

    /** @param mark the ACS log mark before the operation; {@code rpc} the request it is about */
    Attempt(long mark, PendingRpc rpc) {
        this.mark = mark;
        this.begun = Instant.now();
        this.rpc = rpc;
    }

    long mark() {
        return mark;
    }

    Instant begun() {
        return begun;
    }

    PendingRpc rpc() {
        return rpc;
    }

    /** The log entry that ends the operation (e.g. the TransferComplete, the session's end). */
    abstract boolean isDone(LogEntry e);

    /**
     * After the restart (or, without a kill, after {@link #isDone}): waits until whatever the
     * operation still owes the ACS has arrived. The default waits for the RPC's outcome.
     */
    void settle(CrashLab lab) {
        outcome(lab);
    }

    /** Invariant violations (empty: none); moves the scenario's expected state to what was seen. */
    abstract List<String> check(CrashLab lab, DeliveryLedger ledger);

    /** The RPC's outcome, waiting for it (a request cut by a kill fails when the next session starts). */
    RpcOutcome outcome(CrashLab lab) {
        return lab.acs().awaitResponse(rpc, Duration.ofSeconds(60));
    }

    /** Whether the ACS got a (non-fault) response to the RPC: the gateway promised the outcome. */
    boolean acknowledged(CrashLab lab) {
        return outcome(lab).isResponse();
    }

    static Predicate<LogEntry> sessionEnd() {
        return e -> e instanceof LogEntry.SessionEnded;
    }
}
