package org.homegw.labacs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.AutonomousDUStateChangeCompleteResponse;
import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.AutonomousTransferCompleteResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DUStateChangeCompleteResponse;
import org.homegw.cwmp.message.FaultCodes;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.GetRPCMethodsResponse;
import org.homegw.cwmp.message.Kicked;
import org.homegw.cwmp.message.KickedResponse;
import org.homegw.cwmp.message.RequestDownload;
import org.homegw.cwmp.message.RequestDownloadResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.TransferCompleteResponse;

/**
 * The ACS's answers to requests a CPE sends it (TR-069 ACS methods), with programmable faults for
 * tests (e.g. answer the next TransferComplete with 8005 "retry request"). Thread-safe.
 */
final class CpeRequestAnswers {

    private record Programmed(int faultCode, int remaining) {
    }

    private final Map<String, Programmed> faults = new HashMap<>();

    /** Answers the next {@code times} requests of this method with the fault (8000–8899). */
    void fault(String method, int faultCode, int times) {
        if (faultCode < 8000 || faultCode > 8899 || times < 1) {
            throw new IllegalArgumentException("ACS faults are 8000-8899, times >= 1");
        }
        synchronized (faults) {
            faults.put(method, new Programmed(faultCode, times));
        }
    }

    CwmpMessage answer(CwmpRequest request, CwmpVersion version) {
        synchronized (faults) {
            Programmed p = faults.get(request.methodName());
            if (p != null) {
                if (p.remaining() <= 1) {
                    faults.remove(request.methodName());
                } else {
                    faults.put(request.methodName(), new Programmed(p.faultCode(), p.remaining() - 1));
                }
                return FaultMessage.of(p.faultCode(), "lab ACS programmed fault");
            }
        }
        if (request instanceof TransferComplete) {
            return new TransferCompleteResponse();
        }
        if (request instanceof AutonomousTransferComplete) {
            return new AutonomousTransferCompleteResponse();
        }
        if (request instanceof DUStateChangeComplete) {
            return new DUStateChangeCompleteResponse();
        }
        if (request instanceof AutonomousDUStateChangeComplete) {
            return new AutonomousDUStateChangeCompleteResponse();
        }
        if (request instanceof RequestDownload) {
            return new RequestDownloadResponse();
        }
        if (request instanceof Kicked k) {
            return new KickedResponse(k.next());
        }
        if (request instanceof GetRPCMethods) {
            return new GetRPCMethodsResponse(methods(version));
        }
        return FaultMessage.of(FaultCodes.ACS_METHOD_NOT_SUPPORTED,
                "Method not supported by the ACS: " + request.methodName());
    }

    /** The ACS methods of the version (AutonomousTransferComplete from 1.1, the DU ones from 1.2). */
    static List<String> methods(CwmpVersion version) {
        List<String> m = new ArrayList<>(List.of("Inform", "GetRPCMethods", "TransferComplete", "RequestDownload",
                "Kicked"));
        if (version.atLeast(CwmpVersion.V1_1)) {
            m.add("AutonomousTransferComplete");
        }
        if (version.atLeast(CwmpVersion.V1_2)) {
            m.add("DUStateChangeComplete");
            m.add("AutonomousDUStateChangeComplete");
        }
        return m;
    }
}
