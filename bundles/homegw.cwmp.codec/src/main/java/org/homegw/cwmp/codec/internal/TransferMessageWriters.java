package org.homegw.cwmp.codec.internal;

import org.homegw.cwmp.message.AllQueuedTransferStruct;
import org.homegw.cwmp.message.ArgStruct;
import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.AutonomousTransferCompleteResponse;
import org.homegw.cwmp.message.CancelTransfer;
import org.homegw.cwmp.message.CancelTransferResponse;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.cwmp.message.GetQueuedTransfers;
import org.homegw.cwmp.message.GetQueuedTransfersResponse;
import org.homegw.cwmp.message.QueuedTransferStruct;
import org.homegw.cwmp.message.RequestDownload;
import org.homegw.cwmp.message.RequestDownloadResponse;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.ScheduleDownloadResponse;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.TransferCompleteResponse;
import org.homegw.cwmp.message.Upload;
import org.homegw.cwmp.message.UploadResponse;

/** Writers for the file-transfer methods, requests and responses, in both directions. */
final class TransferMessageWriters {
    private TransferMessageWriters() {
    }

    static void register(WriterRegistry r) {
        r.put(Download.class, (out, m) -> {
            out.startCwmp("Download");
            out.leaf("CommandKey", m.commandKey());
            out.leaf("FileType", m.fileType());
            out.leaf("URL", m.url());
            out.leaf("Username", m.username());
            out.leaf("Password", m.password());
            out.leaf("FileSize", m.fileSize());
            out.leaf("TargetFileName", m.targetFileName());
            out.leaf("DelaySeconds", m.delaySeconds());
            out.leaf("SuccessURL", m.successUrl());
            out.leaf("FailureURL", m.failureUrl());
            out.end();
        });
        r.put(DownloadResponse.class, (out, m) -> {
            out.startCwmp("DownloadResponse");
            out.leaf("Status", m.status());
            out.leaf("StartTime", m.startTime());
            out.leaf("CompleteTime", m.completeTime());
            out.end();
        });
        r.put(Upload.class, (out, m) -> {
            out.startCwmp("Upload");
            out.leaf("CommandKey", m.commandKey());
            out.leaf("FileType", m.fileType());
            out.leaf("URL", m.url());
            out.leaf("Username", m.username());
            out.leaf("Password", m.password());
            out.leaf("DelaySeconds", m.delaySeconds());
            out.end();
        });
        r.put(UploadResponse.class, (out, m) -> {
            out.startCwmp("UploadResponse");
            out.leaf("Status", m.status());
            out.leaf("StartTime", m.startTime());
            out.leaf("CompleteTime", m.completeTime());
            out.end();
        });
        r.put(ScheduleDownload.class, (out, m) -> {
            out.startCwmp("ScheduleDownload");
            out.leaf("CommandKey", m.commandKey());
            out.leaf("FileType", m.fileType());
            out.leaf("URL", m.url());
            out.leaf("Username", m.username());
            out.leaf("Password", m.password());
            out.leaf("FileSize", m.fileSize());
            out.leaf("TargetFileName", m.targetFileName());
            out.startArray("TimeWindowList", "cwmp:TimeWindowStruct", m.timeWindowList().size());
            for (TimeWindowStruct t : m.timeWindowList()) {
                out.start("TimeWindowStruct");
                out.leaf("WindowStart", t.windowStart());
                out.leaf("WindowEnd", t.windowEnd());
                out.leaf("WindowMode", t.windowMode());
                out.leaf("UserMessage", t.userMessage());
                out.leaf("MaxRetries", t.maxRetries());
                out.end();
            }
            out.end();
            out.end();
        });
        r.empty(ScheduleDownloadResponse.class);
        r.put(CancelTransfer.class, (out, m) -> {
            out.startCwmp("CancelTransfer");
            out.leaf("CommandKey", m.commandKey());
            out.end();
        });
        r.empty(CancelTransferResponse.class);
        r.empty(GetQueuedTransfers.class);
        r.put(GetQueuedTransfersResponse.class, (out, m) -> {
            out.startCwmp("GetQueuedTransfersResponse");
            out.startArray("TransferList", "cwmp:QueuedTransferStruct", m.transferList().size());
            for (QueuedTransferStruct t : m.transferList()) {
                out.start("QueuedTransferStruct");
                out.leaf("CommandKey", t.commandKey());
                out.leaf("State", t.state());
                out.end();
            }
            out.end();
            out.end();
        });
        r.empty(GetAllQueuedTransfers.class);
        r.put(GetAllQueuedTransfersResponse.class, (out, m) -> {
            out.startCwmp("GetAllQueuedTransfersResponse");
            out.startArray("TransferList", "cwmp:AllQueuedTransferStruct", m.transferList().size());
            for (AllQueuedTransferStruct t : m.transferList()) {
                out.start("AllQueuedTransferStruct");
                out.leaf("CommandKey", t.commandKey());
                out.leaf("State", t.state());
                out.leaf("IsDownload", t.isDownload());
                out.leaf("FileType", t.fileType());
                out.leaf("FileSize", t.fileSize());
                out.leaf("TargetFileName", t.targetFileName());
                out.end();
            }
            out.end();
            out.end();
        });
        r.put(TransferComplete.class, (out, m) -> {
            out.startCwmp("TransferComplete");
            out.leaf("CommandKey", m.commandKey());
            StructWriters.fault(out, "FaultStruct", m.fault());
            out.leaf("StartTime", m.startTime());
            out.leaf("CompleteTime", m.completeTime());
            out.end();
        });
        r.empty(TransferCompleteResponse.class);
        r.put(AutonomousTransferComplete.class, (out, m) -> {
            out.startCwmp("AutonomousTransferComplete");
            out.leaf("AnnounceURL", m.announceUrl());
            out.leaf("TransferURL", m.transferUrl());
            out.leaf("IsDownload", m.isDownload());
            out.leaf("FileType", m.fileType());
            out.leaf("FileSize", m.fileSize());
            out.leaf("TargetFileName", m.targetFileName());
            StructWriters.fault(out, "FaultStruct", m.fault());
            out.leaf("StartTime", m.startTime());
            out.leaf("CompleteTime", m.completeTime());
            out.end();
        });
        r.empty(AutonomousTransferCompleteResponse.class);
        r.put(RequestDownload.class, (out, m) -> {
            out.startCwmp("RequestDownload");
            out.leaf("FileType", m.fileType());
            out.startArray("FileTypeArg", "cwmp:ArgStruct", m.fileTypeArg().size());
            for (ArgStruct a : m.fileTypeArg()) {
                out.start("ArgStruct");
                out.leaf("Name", a.name());
                out.leaf("Value", a.value());
                out.end();
            }
            out.end();
            out.end();
        });
        r.empty(RequestDownloadResponse.class);
    }
}
