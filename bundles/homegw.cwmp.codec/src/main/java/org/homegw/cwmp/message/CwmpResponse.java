package org.homegw.cwmp.message;

/**
 * A successful answer to a CWMP request; each record's simple class name is its SOAP element name.
 */
public sealed interface CwmpResponse extends CwmpMessage permits
        InformResponse,
        GetRPCMethodsResponse,
        SetParameterValuesResponse,
        GetParameterValuesResponse,
        GetParameterNamesResponse,
        SetParameterAttributesResponse,
        GetParameterAttributesResponse,
        AddObjectResponse,
        DeleteObjectResponse,
        DownloadResponse,
        UploadResponse,
        RebootResponse,
        FactoryResetResponse,
        ScheduleInformResponse,
        GetQueuedTransfersResponse,
        GetAllQueuedTransfersResponse,
        ScheduleDownloadResponse,
        CancelTransferResponse,
        ChangeDUStateResponse,
        SetVouchersResponse,
        GetOptionsResponse,
        TransferCompleteResponse,
        AutonomousTransferCompleteResponse,
        DUStateChangeCompleteResponse,
        AutonomousDUStateChangeCompleteResponse,
        RequestDownloadResponse,
        KickedResponse,
        VendorResponse {
}
