package org.homegw.transfer.internal.engine;

import java.util.Arrays;
import java.util.Locale;

import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;

/**
 * Whether a transfer the ACS did not ask for is reported with AutonomousTransferComplete, from
 * {@code ManagementServer.AutonomousTransferCompletePolicy.}: Enable, TransferTypeFilter
 * (Upload, Download, Both), ResultTypeFilter (Success, Failure, Both) and FileTypeFilter (a list of
 * file types). Missing or empty filters let everything through (our reading; the D181 text was not
 * checked); a missing Enable means disabled.
 */
public final class AutonomousTransferPolicy {

    private final DataModel model;

    public AutonomousTransferPolicy(DataModel model) {
        this.model = model;
    }

    public boolean reports(boolean isDownload, boolean success, String fileType) {
        String p = model.rootObject() + "ManagementServer.AutonomousTransferCompletePolicy.";
        String enable = read(p + "Enable");
        if (!enable.equals("true") && !enable.equals("1")) {
            return false;
        }
        String transfer = read(p + "TransferTypeFilter").toLowerCase(Locale.ROOT);
        if (!transfer.isEmpty() && !transfer.equals("both") && !transfer.equals(isDownload ? "download" : "upload")) {
            return false;
        }
        String result = read(p + "ResultTypeFilter").toLowerCase(Locale.ROOT);
        if (!result.isEmpty() && !result.equals("both") && !result.equals(success ? "success" : "failure")) {
            return false;
        }
        String types = read(p + "FileTypeFilter");
        return types.isBlank() || Arrays.stream(types.split(",")).map(String::trim).anyMatch(fileType::equals);
    }

    private String read(String path) {
        Outcome<ParameterValue> v = model.getValue(path);
        return v.isSuccess() ? v.value().value().trim() : "";
    }
}
