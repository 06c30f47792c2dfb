package org.homegw.e2e.bench;

import java.time.Duration;
import java.util.List;

import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;
import org.homegw.labacs.RpcOutcome;

/** GetParameterValues sessions the bench drives through the lab ACS (queue, Connection Request, answer). */
final class AcsRpcs {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private AcsRpcs() {
    }

    /** One GetParameterValues of {@code path} by Connection Request; adds sent -> answered (ms) to {@code time}. */
    static GetParameterValuesResponse timedGpv(LabAcs acs, String device, String path, Figure time) throws Exception {
        long m = acs.mark();
        PendingRpc rpc = acs.queue(device, new GetParameterValues(List.of(path)));
        acs.sendConnectionRequest(device);
        GetParameterValuesResponse r = acs.awaitResponse(rpc, TIMEOUT).response(GetParameterValuesResponse.class);
        LogEntry.RpcSent sent = acs.await(LogEntry.RpcSent.class, device, m, e -> e.rpcId() == rpc.id(), TIMEOUT);
        LogEntry.RpcAnswered answered = acs.await(LogEntry.RpcAnswered.class, device, m, e -> e.rpcId() == rpc.id(),
                TIMEOUT);
        acs.awaitSessionEnd(device, m, TIMEOUT);
        if (time != null) {
            time.add(Duration.between(sent.time(), answered.time()).toNanos() / 1e6);
        }
        return r;
    }

    /** One parameter's value through a GetParameterValues session; "" when the gateway faults it. */
    static String getValue(LabAcs acs, String device, String path) throws Exception {
        long m = acs.mark();
        PendingRpc rpc = acs.queue(device, new GetParameterValues(List.of(path)));
        acs.sendConnectionRequest(device);
        RpcOutcome outcome = acs.awaitResponse(rpc, TIMEOUT);
        acs.awaitSessionEnd(device, m, TIMEOUT);
        if (!(outcome.answer() instanceof GetParameterValuesResponse r) || r.parameterList().isEmpty()) {
            return "";
        }
        return r.parameterList().get(0).value();
    }
}
