package org.homegw.cwmp.message;

/**
 * A CWMP RPC request, in either direction (ACS to CPE or CPE to ACS). Each record's simple class
 * name is the SOAP element name of the method; {@link UnknownMethod} carries any other name.
 */
public sealed interface CwmpRequest extends CwmpMessage permits
        Inform,
        GetRPCMethods,
        SetParameterValues,
        GetParameterValues,
        GetParameterNames,
        SetParameterAttributes,
        GetParameterAttributes,
        AddObject,
        DeleteObject,
        Download,
        Upload,
        Reboot,
        FactoryReset,
        ScheduleInform,
        GetQueuedTransfers,
        GetAllQueuedTransfers,
        ScheduleDownload,
        CancelTransfer,
        ChangeDUState,
        SetVouchers,
        GetOptions,
        TransferComplete,
        AutonomousTransferComplete,
        DUStateChangeComplete,
        AutonomousDUStateChangeComplete,
        RequestDownload,
        Kicked,
        UnknownMethod {
}
