package org.homegw.cwmp.client.internal.agent;

import java.util.Optional;
import java.util.stream.Collectors;

import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.TransferComplete;

/**
 * What makes two completion reports the same report, so that one queued again after a crash (the
 * producer persists "done", then queues, then forgets — a crash between two of those saves queues it
 * twice) is not sent twice: the CommandKey (or the transferred URL / deployment unit for autonomous
 * ones) with the StartTime and CompleteTime and the fault. The times tell apart two transfers that
 * reuse one CommandKey (an ACS may send "" every time); two that share the key and end the same way
 * within the same second are one report, as their "M Download" events with that key already are one
 * event in the Inform. RequestDownload and GetRPCMethods have no identity: each one queued is sent.
 */
final class CpeRequestIdentity {

    private CpeRequestIdentity() {
    }

    static Optional<String> of(CwmpRequest request) {
        if (request instanceof TransferComplete r) {
            return Optional.of(join("TransferComplete", r.commandKey(), r.startTime(), r.completeTime(),
                    r.fault().faultCode(), r.fault().faultString()));
        }
        if (request instanceof AutonomousTransferComplete r) {
            return Optional.of(join("AutonomousTransferComplete", r.transferUrl(), r.fileType(), r.startTime(),
                    r.completeTime(), r.fault().faultCode(), r.fault().faultString()));
        }
        if (request instanceof DUStateChangeComplete r) {
            return Optional.of(join("DUStateChangeComplete", r.commandKey(), r.results().stream()
                    .map(o -> join(o.uuid(), o.startTime(), o.completeTime(), o.fault().faultCode()))
                    .collect(Collectors.joining(";"))));
        }
        if (request instanceof AutonomousDUStateChangeComplete r) {
            return Optional.of(join("AutonomousDUStateChangeComplete", r.results().stream()
                    .map(o -> join(o.operationPerformed(), o.result().uuid(), o.result().startTime(),
                            o.result().completeTime(), o.result().fault().faultCode()))
                    .collect(Collectors.joining(";"))));
        }
        return Optional.empty();
    }

    private static String join(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("|"));
    }
}
