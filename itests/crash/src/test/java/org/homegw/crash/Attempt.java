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

    /** The first entry after the operation's mark that matches, waiting up to {@code timeout}; empty if none came. */
    java.util.Optional<LogEntry> awaitEntry(CrashLab lab, Predicate<LogEntry> match, Duration timeout) {
        try {
            return java.util.Optional.of(lab.acs().await(LogEntry.class, lab.device(), mark, match::test, timeout));
        } catch (org.homegw.labacs.AwaitTimeoutException e) {
            return java.util.Optional.empty();
        }
    }

    /** A CPE request of this method with this CommandKey (TransferComplete, DUStateChangeComplete). */
    static Predicate<LogEntry> cpeRequest(String method, String commandKey) {
        return e -> e instanceof LogEntry.CpeRequestReceived c && c.request().methodName().equals(method)
                && commandKeyOf(c.request()).equals(commandKey);
    }

    /** An Inform carrying this event with this CommandKey. */
    static Predicate<LogEntry> informWith(String eventCode, String commandKey) {
        return e -> e instanceof LogEntry.InformReceived i && i.inform().events().stream()
                .anyMatch(x -> x.eventCode().equals(eventCode) && x.commandKey().equals(commandKey));
    }

    private static String commandKeyOf(org.homegw.cwmp.message.CwmpRequest r) {
        if (r instanceof org.homegw.cwmp.message.TransferComplete t) {
            return t.commandKey();
        }
        if (r instanceof org.homegw.cwmp.message.DUStateChangeComplete d) {
            return d.commandKey();
        }
        return "";
    }
}
