package org.homegw.cwmp.codec.internal;

import static org.homegw.cwmp.codec.internal.StructReaders.array;

import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.AutonomousTransferCompleteResponse;
import org.homegw.cwmp.message.CancelTransfer;
import org.homegw.cwmp.message.CancelTransferResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.cwmp.message.GetQueuedTransfers;
import org.homegw.cwmp.message.GetQueuedTransfersResponse;
import org.homegw.cwmp.message.RequestDownload;
import org.homegw.cwmp.message.RequestDownloadResponse;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.ScheduleDownloadResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.TransferCompleteResponse;
import org.homegw.cwmp.message.Upload;
import org.homegw.cwmp.message.UploadResponse;

/** Readers for the file-transfer methods, requests and responses, in both directions. */
final class TransferMessageReaders {
    private TransferMessageReaders() {
    }

    static void register(Map<String, ElementReader<CwmpMessage>> readers) {
        readers.put("Download", c -> {
            Fields f = Fields.read(c);
            return new Download(f.string("CommandKey", ""), f.trimmed("FileType"), f.trimmed("URL"),
                    f.string("Username", ""), f.string("Password", ""), f.unsignedInt("FileSize", 0),
                    f.string("TargetFileName", ""), f.unsignedInt("DelaySeconds", 0), f.trimmed("SuccessURL", ""),
                    f.trimmed("FailureURL", ""));
        });
        readers.put("DownloadResponse", c -> {
            Fields f = Fields.read(c);
            return new DownloadResponse(f.integer("Status"), f.trimmed("StartTime", ""), f.trimmed("CompleteTime", ""));
        });
        readers.put("Upload", c -> {
            Fields f = Fields.read(c);
            return new Upload(f.string("CommandKey", ""), f.trimmed("FileType"), f.trimmed("URL"),
                    f.string("Username", ""), f.string("Password", ""), f.unsignedInt("DelaySeconds", 0));
        });
        readers.put("UploadResponse", c -> {
            Fields f = Fields.read(c);
            return new UploadResponse(f.integer("Status"), f.trimmed("StartTime", ""), f.trimmed("CompleteTime", ""));
        });
        readers.put("ScheduleDownload", c -> {
            Fields f = Fields.read(c, Map.of("TimeWindowList", x -> array(x, StructReaders::timeWindow)));
            return new ScheduleDownload(f.string("CommandKey", ""), f.trimmed("FileType"), f.trimmed("URL"),
                    f.string("Username", ""), f.string("Password", ""), f.unsignedInt("FileSize", 0),
                    f.string("TargetFileName", ""), f.get("TimeWindowList"));
        });
        readers.put("ScheduleDownloadResponse", c -> {
            c.skipCurrent();
            return new ScheduleDownloadResponse();
        });
        readers.put("CancelTransfer", c -> new CancelTransfer(Fields.read(c).string("CommandKey")));
        readers.put("CancelTransferResponse", c -> {
            c.skipCurrent();
            return new CancelTransferResponse();
        });
        readers.put("GetQueuedTransfers", c -> {
            c.skipCurrent();
            return new GetQueuedTransfers();
        });
        readers.put("GetQueuedTransfersResponse", c -> new GetQueuedTransfersResponse(Fields.read(c,
                Map.of("TransferList", x -> array(x, StructReaders::queuedTransfer))).get("TransferList", List.of())));
        readers.put("GetAllQueuedTransfers", c -> {
            c.skipCurrent();
            return new GetAllQueuedTransfers();
        });
        readers.put("GetAllQueuedTransfersResponse", c -> new GetAllQueuedTransfersResponse(Fields.read(c,
                Map.of("TransferList", x -> array(x, StructReaders::allQueuedTransfer))).get("TransferList", List.of())));
        readers.put("TransferComplete", c -> {
            Fields f = Fields.read(c, Map.of("FaultStruct", StructReaders::fault));
            return new TransferComplete(f.string("CommandKey", ""), f.get("FaultStruct", FaultStruct.NONE),
                    f.trimmed("StartTime", ""), f.trimmed("CompleteTime", ""));
        });
        readers.put("TransferCompleteResponse", c -> {
            c.skipCurrent();
            return new TransferCompleteResponse();
        });
        readers.put("AutonomousTransferComplete", c -> {
            Fields f = Fields.read(c, Map.of("FaultStruct", StructReaders::fault));
            return new AutonomousTransferComplete(f.trimmed("AnnounceURL", ""), f.trimmed("TransferURL", ""),
                    f.bool("IsDownload"), f.trimmed("FileType"), f.unsignedInt("FileSize", 0),
                    f.string("TargetFileName", ""), f.get("FaultStruct", FaultStruct.NONE), f.trimmed("StartTime", ""),
                    f.trimmed("CompleteTime", ""));
        });
        readers.put("AutonomousTransferCompleteResponse", c -> {
            c.skipCurrent();
            return new AutonomousTransferCompleteResponse();
        });
        readers.put("RequestDownload", c -> {
            Fields f = Fields.read(c, Map.of("FileTypeArg", x -> array(x, StructReaders::arg)));
            return new RequestDownload(f.trimmed("FileType"), f.get("FileTypeArg", List.of()));
        });
        readers.put("RequestDownloadResponse", c -> {
            c.skipCurrent();
            return new RequestDownloadResponse();
        });
    }
}
