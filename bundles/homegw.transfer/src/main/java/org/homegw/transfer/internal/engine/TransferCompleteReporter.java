package org.homegw.transfer.internal.engine;

import java.lang.System.Logger.Level;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.transfer.internal.queue.TransferRecord;
import org.homegw.transfer.internal.queue.TransferStore;

/**
 * Hands a COMPLETED transfer's TransferComplete (with "7 TRANSFER COMPLETE" and "M &lt;method&gt;")
 * or AutonomousTransferComplete ("10 AUTONOMOUS TRANSFER COMPLETE") to the CWMP client, which persists
 * it before returning, and only then forgets the record.
 */
final class TransferCompleteReporter {

    private static final System.Logger LOG = System.getLogger(TransferCompleteReporter.class.getName());
    /** FaultString is a string(256) in both messages. */
    private static final int MAX_FAULT_STRING = 256;

    private final TransferStore store;
    private final CpeRequestQueue session;

    TransferCompleteReporter(TransferStore store, CpeRequestQueue session) {
        this.store = store;
        this.session = session;
    }

    /** Queues the message and removes the record; keeps the record when the client cannot take it right now. */
    void report(TransferRecord done) {
        try {
            send(done);
        } catch (IllegalArgumentException e) {
            // the client can never deliver it (e.g. a CommandKey an Inform cannot carry): do not retry forever
            LOG.log(Level.ERROR, done + ": TransferComplete refused by the CWMP client and dropped: " + e.getMessage());
        } catch (RuntimeException e) {
            // e.g. the client cannot persist it right now: the COMPLETED record is reported at the next start
            LOG.log(Level.ERROR, done + ": cannot hand the TransferComplete to the CWMP client; retried at the next start", e);
            return;
        }
        store.remove(done.id());
    }

    private void send(TransferRecord done) {
        FaultStruct fault = new FaultStruct(done.faultCode(), truncate(done.faultString(), MAX_FAULT_STRING));
        if (done.isAutonomous()) {
            // the client drops it unless ManagementServer.AutonomousTransferCompletePolicy allows it
            session.queue(new AutonomousTransferComplete("", done.url(), done.isDownload(), done.fileType(),
                    done.fileSize(), done.targetFileName(), fault, CwmpDateTime.of(done.startTime()),
                    CwmpDateTime.of(done.completeTime())), CwmpEvent.of(CwmpEvent.AUTONOMOUS_TRANSFER_COMPLETE));
        } else {
            TransferComplete tc = new TransferComplete(done.commandKey(), fault, CwmpDateTime.of(done.startTime()),
                    CwmpDateTime.of(done.completeTime()));
            session.queue(tc, CwmpEvent.of(CwmpEvent.TRANSFER_COMPLETE), new CwmpEvent("M " + done.method(),
                    done.commandKey()));
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
