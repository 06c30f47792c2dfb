package org.homegw.cwmp.codec;

import java.util.List;

import org.homegw.cwmp.message.*;

/** One schema-valid instance of every CWMP message, for round-trip and schema tests. */
final class Samples {
    static final String T1 = "2026-11-27T07:05:00Z";
    static final String UUID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    private Samples() {
    }

    static List<ParameterValueStruct> values() {
        return List.of(
                new ParameterValueStruct("Device.DeviceInfo.SoftwareVersion", "1.2.3 <beta> & \"more\"", "string"),
                new ParameterValueStruct("Device.ManagementServer.PeriodicInformInterval", "3600", "unsignedInt"),
                new ParameterValueStruct("Device.ManagementServer.PeriodicInformEnable", "1", "boolean"),
                new ParameterValueStruct("Device.ManagementServer.PeriodicInformTime", CwmpDateTime.UNKNOWN_TIME, "dateTime"),
                new ParameterValueStruct("Device.X_ACME_Blob", "AAECAwQ=", "base64"),
                new ParameterValueStruct("Device.X_ACME_Offset", "-5", "int"),
                new ParameterValueStruct("Device.X_ACME_Bytes", "18446744073709551615", "unsignedLong"),
                new ParameterValueStruct("Device.X_ACME_Empty", "", "string"));
    }

    static OpResultStruct opResult(int code) {
        return new OpResultStruct(UUID, "Device.SoftwareModules.DeploymentUnit.1.", "1.0", "Installed", true,
                "Device.SoftwareModules.ExecutionUnit.1.", T1, T1,
                code == 0 ? FaultStruct.NONE : new FaultStruct(code, "failed"));
    }

    /** Every message, requests and responses of both directions, plus a fault. */
    static List<CwmpMessage> all() {
        return List.of(
                new Inform(new DeviceIdStruct("ACME", "00D09E", "HG-1", "SN0001"),
                        List.of(new EventStruct("0 BOOTSTRAP", ""), new EventStruct("1 BOOT", ""),
                                new EventStruct("M Reboot", "reboot-42")),
                        1, T1, 0, values()),
                new InformResponse(1),
                new GetRPCMethods(),
                new GetRPCMethodsResponse(List.of("GetRPCMethods", "Inform", "TransferComplete")),
                new SetParameterValues(values(), "key-1"),
                new SetParameterValuesResponse(0),
                new GetParameterValues(List.of("Device.DeviceInfo.", "Device.ManagementServer.URL")),
                new GetParameterValuesResponse(values()),
                new GetParameterNames("Device.", true),
                new GetParameterNamesResponse(List.of(new ParameterInfoStruct("Device.DeviceInfo.", false),
                        new ParameterInfoStruct("Device.ManagementServer.URL", true))),
                new SetParameterAttributes(List.of(new SetParameterAttributesStruct("Device.DeviceInfo.SoftwareVersion",
                        true, 2, true, List.of("Subscriber")))),
                new SetParameterAttributesResponse(),
                new GetParameterAttributes(List.of("Device.DeviceInfo.")),
                new GetParameterAttributesResponse(List.of(
                        new ParameterAttributeStruct("Device.DeviceInfo.SoftwareVersion", 2, List.of()),
                        new ParameterAttributeStruct("Device.DeviceInfo.UpTime", 0, List.of("Subscriber")))),
                new AddObject("Device.NAT.PortMapping.", "key-2"),
                new AddObjectResponse(7, 0),
                new DeleteObject("Device.NAT.PortMapping.7.", "key-3"),
                new DeleteObjectResponse(1),
                new Download("dl-1", "1 Firmware Upgrade Image", "http://acs.example/fw.bin", "u", "p", 123456,
                        "fw.bin", 0, "", ""),
                new DownloadResponse(1, CwmpDateTime.UNKNOWN_TIME, CwmpDateTime.UNKNOWN_TIME),
                new Upload("ul-1", "1 Vendor Configuration File", "http://acs.example/up", "", "", 5),
                new UploadResponse(0, T1, T1),
                new Reboot("reboot-42"),
                new RebootResponse(),
                new FactoryReset(),
                new FactoryResetResponse(),
                new ScheduleInform(60, "sched-1"),
                new ScheduleInformResponse(),
                new GetQueuedTransfers(),
                new GetQueuedTransfersResponse(List.of(new QueuedTransferStruct("dl-1", 1),
                        new QueuedTransferStruct("dl-2", 2))),
                new GetAllQueuedTransfers(),
                new GetAllQueuedTransfersResponse(List.of(new AllQueuedTransferStruct("dl-1", 2, true,
                        "1 Firmware Upgrade Image", 123456, "fw.bin"))),
                new ScheduleDownload("sd-1", "1 Firmware Upgrade Image", "http://acs.example/fw.bin", "", "", 1000,
                        "", List.of(new TimeWindowStruct(0, 3600, "1 At Any Time", "", -1),
                                new TimeWindowStruct(7200, 10800, "3 When Idle", "tonight", 3))),
                new ScheduleDownloadResponse(),
                new CancelTransfer("dl-2"),
                new CancelTransferResponse(),
                new ChangeDUState(List.of(
                        new InstallOpStruct("http://acs.example/app.ipk", null, "user", "pass", null),
                        new UpdateOpStruct(UUID, "2.0", null, null, null),
                        new UninstallOpStruct(UUID, null, "Device.SoftwareModules.ExecEnv.1.")), "du-1"),
                new ChangeDUStateResponse(),
                new SetVouchers(List.of("AAEC", "AwQF")),
                new SetVouchersResponse(),
                new GetOptions(""),
                new GetOptionsResponse(List.of(new OptionStruct("X_ACME_Option", 17, 1, 0, T1, null, 1),
                        new OptionStruct("X_ACME_Other", 18, 2, 1, T1, T1, 0))),
                new TransferComplete("dl-1", new FaultStruct(9010, "download failed"), T1, T1),
                new TransferCompleteResponse(),
                new AutonomousTransferComplete("http://acs.example/announce", "http://files.example/fw.bin", true,
                        "1 Firmware Upgrade Image", 2048, "fw.bin", FaultStruct.NONE, T1, T1),
                new AutonomousTransferCompleteResponse(),
                new DUStateChangeComplete(List.of(opResult(0), opResult(9003)), "du-1"),
                new DUStateChangeCompleteResponse(),
                new AutonomousDUStateChangeComplete(List.of(new AutonOpResultStruct(opResult(0), "Install"))),
                new AutonomousDUStateChangeCompleteResponse(),
                new RequestDownload("3 Vendor Configuration File", List.of(new ArgStruct("Version", "7"))),
                new RequestDownloadResponse(),
                new Kicked("login", "http://portal.example/", "x=1", "http://portal.example/next"),
                new KickedResponse("http://portal.example/done"),
                new UnknownMethod("X_ACME_Ping", List.of(VendorArgument.of("Host", " 10.0.0.1 "),
                        VendorArgument.struct("Options", VendorArgument.of("Count", "3"), VendorArgument.of("Size", "")))),
                new UnknownMethod("X_ACME_Reset"),
                new VendorResponse("X_ACME_PingResponse", List.of(VendorArgument.of("Status", "ok & <fine>"),
                        VendorArgument.struct("Result", VendorArgument.struct("Hop", VendorArgument.of("Ms", "4"))))),
                FaultMessage.of(9003, "Invalid arguments", List.of(
                        new SetParameterValuesFault("Device.DeviceInfo.SoftwareVersion", 9008, "read-only"),
                        new SetParameterValuesFault("Device.X_ACME_Offset", 9007, "out of range"))),
                FaultMessage.of(8005, "Retry request"));
    }
}
