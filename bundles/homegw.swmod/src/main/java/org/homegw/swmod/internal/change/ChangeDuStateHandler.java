package org.homegw.swmod.internal.change;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.ChangeDUStateResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.FaultCodes;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.homegw.swmod.internal.du.DuFailure;

/**
 * The ChangeDUState RPC: answered at once on the session thread; the operations then run in request
 * order on the software-module executor, and their results go to the ACS as one DUStateChangeComplete
 * with "11 DU STATE CHANGE COMPLETE" and "M ChangeDUState" (the CommandKey). The CWMP client persists
 * the queued request and repeats it until the ACS acknowledges it.
 */
public final class ChangeDuStateHandler implements RpcHandler {

    private static final System.Logger LOG = System.getLogger(ChangeDuStateHandler.class.getName());
    /** CommandKey is string(32). */
    private static final int MAX_COMMAND_KEY = 32;
    /** More operations than this in one request is refused with 9004. */
    static final int MAX_OPERATIONS = 16;

    private final DuOperations operations;
    private final CpeRequestQueue queue;
    private final Executor executor;
    private final PendingChangeJournal journal;

    public ChangeDuStateHandler(DuOperations operations, CpeRequestQueue queue, Executor executor,
                                PendingChangeJournal journal) {
        this.operations = operations;
        this.queue = queue;
        this.executor = executor;
        this.journal = journal;
    }

    /** Finishes the requests a restart interrupted (their remaining operations, then the report). */
    public void resumeUnfinished() {
        for (PendingChangeJournal.Pending p : journal.unfinished()) {
            LOG.log(Level.INFO, "resuming ChangeDUState " + p.request().commandKey() + " after "
                    + p.results().size() + " of " + p.request().operations().size() + " operations");
            executor.execute(() -> run(p));
        }
    }

    @Override
    public CwmpMessage handle(CwmpRequest request) {
        if (!(request instanceof ChangeDUState change)) {
            return FaultMessage.of(FaultCodes.METHOD_NOT_SUPPORTED, "Method not supported: " + request.methodName());
        }
        if (change.operations().isEmpty()) {
            return FaultMessage.of(FaultCodes.INVALID_ARGUMENTS, "ChangeDUState without operations");
        }
        if (change.operations().size() > MAX_OPERATIONS) {
            return FaultMessage.of(FaultCodes.RESOURCES_EXCEEDED, "more than " + MAX_OPERATIONS + " operations");
        }
        if (change.commandKey().length() > MAX_COMMAND_KEY) {
            return FaultMessage.of(FaultCodes.INVALID_ARGUMENTS, "CommandKey longer than 32");
        }
        PendingChangeJournal.Pending pending;
        try {
            pending = journal.open(change);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot record ChangeDUState", e);
            return FaultMessage.of(FaultCodes.INTERNAL_ERROR, "cannot record the request: " + e.getMessage());
        }
        try {
            executor.execute(() -> run(pending));
        } catch (RejectedExecutionException e) {
            // the journal keeps it: it runs when the service starts again
            return FaultMessage.of(FaultCodes.INTERNAL_ERROR, "software-module service is stopping");
        }
        return new ChangeDUStateResponse();
    }

    /** Executes the operations not done yet, in order, and queues the results. */
    private void run(PendingChangeJournal.Pending start) {
        ChangeDUState change = start.request();
        PendingChangeJournal.Pending p = start;
        try {
            for (int i = p.results().size(); i < change.operations().size(); i++) {
                DuOperation op = change.operations().get(i);
                boolean resumed = p.begun(i);
                p = journal.begin(p, i);
                OpResultStruct result = execute(op);
                p = journal.record(p, resumed ? settleResumed(op, result) : result);
            }
            queue.queue(new DUStateChangeComplete(p.results(), change.commandKey()),
                    CwmpEvent.of(CwmpEvent.DU_STATE_CHANGE_COMPLETE),
                    new CwmpEvent("M ChangeDUState", change.commandKey()));
            journal.complete(p);
        } catch (IOException | RuntimeException e) {
            // the journal still holds the request: the next start finishes it
            LOG.log(Level.ERROR, "ChangeDUState " + change.commandKey() + " not completed", e);
        }
    }

    /**
     * An operation a restart cut short may have taken effect before its result was written; run
     * again, it then fails as if another had done it first — Uninstall with 9028 (no such unit),
     * Install with 9026 (already installed). That is its own success, reported as such (found by
     * itests/crash: a kill right after an uninstall made the ACS hear 9028 for a unit that was gone).
     */
    private OpResultStruct settleResumed(DuOperation op, OpResultStruct again) {
        int code = again.fault().faultCode();
        if (op instanceof UninstallOpStruct u && code == DuFailure.UNKNOWN_DU) {
            LOG.log(Level.INFO, "Uninstall of " + u.uuid() + " had taken effect before the restart");
            return new OpResultStruct(u.uuid(), "", u.version() == null ? "" : u.version(), "Uninstalled", false, "",
                    again.startTime(), again.completeTime(), FaultStruct.NONE);
        }
        if (op instanceof InstallOpStruct in && code == DuFailure.DUPLICATE_DU) {
            Optional<OpResultStruct> done = operations.installedFrom(in.url(), again.startTime());
            done.ifPresent(r -> LOG.log(Level.INFO, "Install from " + in.url() + " had taken effect before the restart"));
            return done.orElse(again);
        }
        return again;
    }

    private OpResultStruct execute(DuOperation op) {
        if (op instanceof InstallOpStruct install) {
            return operations.install(install);
        }
        if (op instanceof UpdateOpStruct update) {
            return operations.update(update);
        }
        return operations.uninstall((UninstallOpStruct) op);
    }
}
