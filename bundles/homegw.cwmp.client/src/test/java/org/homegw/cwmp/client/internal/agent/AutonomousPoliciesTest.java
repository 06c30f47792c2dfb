package org.homegw.cwmp.client.internal.agent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.message.AutonOpResultStruct;
import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.junit.Test;

public class AutonomousPoliciesTest {

    private static final String ATC = "Device.ManagementServer.AutonomousTransferCompletePolicy.";
    private static final String DU = "Device.ManagementServer.DUStateChangeComplPolicy.";

    private final FakeDataModel model = FakeDataModel.device();

    private static AutonomousTransferComplete transfer(boolean download, int fault) {
        return new AutonomousTransferComplete("", "http://f/x", download, "1 Firmware Upgrade Image", 10, "",
                fault == 0 ? FaultStruct.NONE : new FaultStruct(fault, "failed"), "2026-11-27T07:00:00Z", "2026-11-27T07:01:00Z");
    }

    private static AutonOpResultStruct du(String op, int fault) {
        return new AutonOpResultStruct(new OpResultStruct("u", "", "1", fault == 0 ? "Installed" : "Failed", true, "",
                "2026-11-27T07:00:00Z", "2026-11-27T07:01:00Z", fault == 0 ? FaultStruct.NONE : new FaultStruct(fault, "x")), op);
    }

    @Test
    public void without_policy_objects_everything_is_reported() {
        CwmpRequest r = transfer(true, 0);
        assertEquals(Optional.of(r), AutonomousPolicies.filter(r, model));
    }

    @Test
    public void transfer_policy_filters_by_enable_type_result_and_file_type() {
        model.put(ATC + "Enable", "true", "boolean", true);
        model.put(ATC + "TransferTypeFilter", "Download", "string", true);
        model.put(ATC + "ResultTypeFilter", "Failure", "string", true);
        model.put(ATC + "FileTypeFilter", "1 Firmware Upgrade Image", "string", true);
        assertTrue(AutonomousPolicies.filter(transfer(true, 9010), model).isPresent());
        assertTrue(AutonomousPolicies.filter(transfer(true, 0), model).isEmpty());
        assertTrue(AutonomousPolicies.filter(transfer(false, 9010), model).isEmpty());
        model.put(ATC + "FileTypeFilter", "3 Vendor Configuration File", "string", true);
        assertTrue(AutonomousPolicies.filter(transfer(true, 9010), model).isEmpty());
        model.put(ATC + "FileTypeFilter", "1 Firmware Upgrade Image", "string", true);
        model.put(ATC + "Enable", "false", "boolean", true);
        assertTrue(AutonomousPolicies.filter(transfer(true, 9010), model).isEmpty());
    }

    @Test
    public void du_policy_keeps_only_matching_results() {
        model.put(DU + "Enable", "true", "boolean", true);
        model.put(DU + "OperationTypeFilter", "Install,Uninstall", "string", true);
        model.put(DU + "ResultTypeFilter", "Both", "string", true);
        model.put(DU + "FaultCodeFilter", "9018", "string", true);
        AutonomousDUStateChangeComplete all = new AutonomousDUStateChangeComplete(List.of(
                du("Install", 0), du("Update", 0), du("Install", 9018), du("Install", 9017)));
        AutonomousDUStateChangeComplete kept = (AutonomousDUStateChangeComplete) AutonomousPolicies.filter(all, model).orElseThrow();
        assertEquals(List.of(du("Install", 0), du("Install", 9018)), kept.results());
        assertTrue(AutonomousPolicies.filter(new AutonomousDUStateChangeComplete(List.of(du("Update", 0))), model).isEmpty());
    }
}
