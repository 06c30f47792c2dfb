package org.homegw.cwmp.client.internal.agent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.homegw.cwmp.message.AutonOpResultStruct;
import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;

/**
 * ManagementServer.AutonomousTransferCompletePolicy and DUStateChangeComplPolicy: which autonomous
 * completions are reported to the ACS at all. A model without the policy object reports everything.
 */
final class AutonomousPolicies {

    private AutonomousPolicies() {
    }

    /** The request as it may be sent (DU results filtered one by one), or empty if nothing may be. */
    static Optional<CwmpRequest> filter(CwmpRequest request, DataModel model) {
        String ms = model.rootObject() + "ManagementServer.";
        if (request instanceof AutonomousTransferComplete atc) {
            return transferAllowed(atc, model, ms + "AutonomousTransferCompletePolicy.")
                    ? Optional.of(request) : Optional.empty();
        }
        if (request instanceof AutonomousDUStateChangeComplete du) {
            String p = ms + "DUStateChangeComplPolicy.";
            Optional<String> enable = read(model, p + "Enable");
            if (enable.isEmpty()) {
                return Optional.of(request);
            }
            if (!isTrue(enable.get())) {
                return Optional.empty();
            }
            Set<String> ops = list(model, p + "OperationTypeFilter");
            String results = read(model, p + "ResultTypeFilter").orElse("Both");
            Set<String> faults = list(model, p + "FaultCodeFilter");
            List<AutonOpResultStruct> kept = du.results().stream()
                    .filter(r -> ops.contains(r.operationPerformed()))
                    .filter(r -> resultAllowed(results, r.result().fault().isFault())
                            && (!r.result().fault().isFault() || faults.contains(String.valueOf(r.result().fault().faultCode()))))
                    .toList();
            return kept.isEmpty() ? Optional.empty() : Optional.of(new AutonomousDUStateChangeComplete(kept));
        }
        return Optional.of(request);
    }

    private static boolean transferAllowed(AutonomousTransferComplete atc, DataModel model, String p) {
        Optional<String> enable = read(model, p + "Enable");
        if (enable.isEmpty()) {
            return true;
        }
        if (!isTrue(enable.get())) {
            return false;
        }
        String types = read(model, p + "TransferTypeFilter").orElse("Both");
        boolean typeOk = types.equals("Both") || types.equals(atc.isDownload() ? "Download" : "Upload");
        boolean resultOk = resultAllowed(read(model, p + "ResultTypeFilter").orElse("Both"), atc.fault().isFault());
        return typeOk && resultOk && list(model, p + "FileTypeFilter").contains(atc.fileType());
    }

    private static boolean resultAllowed(String filter, boolean failed) {
        return filter.equals("Both") || filter.equals(failed ? "Failure" : "Success");
    }

    private static Optional<String> read(DataModel model, String path) {
        Outcome<ParameterValue> v = model.getValue(path);
        return v.isSuccess() ? Optional.of(v.value().value().trim()) : Optional.empty();
    }

    private static Set<String> list(DataModel model, String path) {
        return Arrays.stream(read(model, path).orElse("").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static boolean isTrue(String s) {
        return s.equals("1") || s.equalsIgnoreCase("true");
    }
}
