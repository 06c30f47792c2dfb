package org.homegw.transfer.internal.engine;

import static org.homegw.transfer.internal.http.TransferFaults.CANCEL_NOT_ALLOWED;
import static org.homegw.transfer.internal.http.TransferFaults.INVALID_ARGUMENTS;
import static org.homegw.transfer.internal.http.TransferFaults.REQUEST_DENIED;
import static org.homegw.transfer.internal.http.TransferFaults.RESOURCES_EXCEEDED;
import static org.homegw.transfer.internal.http.TransferFaults.UNSUPPORTED_PROTOCOL;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.homegw.cwmp.message.AllQueuedTransferStruct;
import org.homegw.cwmp.message.CancelTransfer;
import org.homegw.cwmp.message.CancelTransferResponse;
import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.cwmp.message.GetQueuedTransfers;
import org.homegw.cwmp.message.GetQueuedTransfersResponse;
import org.homegw.cwmp.message.QueuedTransferStruct;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.ScheduleDownloadResponse;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.cwmp.message.Upload;
import org.homegw.cwmp.message.UploadResponse;
import org.homegw.transfer.internal.queue.TimeWindow;
import org.homegw.transfer.internal.queue.TransferRecord;

/**
 * The transfer RPCs as the ACS sees them: checks the arguments, queues the transfer and answers at
 * once (Download/Upload Status 1, times Unknown); the outcome follows in a TransferComplete. Runs on
 * the CWMP session thread and never blocks on the network.
 *
 * <p>Faults: 9003 malformed arguments (URL, FileType, time windows), 9013 a URL scheme other than
 * http/https/ftp, 9001 a well-formed vendor "X ..." FileType this device does not handle, 9004 a full
 * queue or a FileSize beyond the device's limit, 9021 CancelTransfer of a transfer whose file is being
 * applied (or that has completed); a transfer still moving bytes is stopped.
 */
public final class TransferRequests {

    /** Every method this class answers (the RpcHandler service property). */
    public static final List<String> METHODS = List.of("Download", "Upload", "ScheduleDownload", "CancelTransfer",
            "GetQueuedTransfers", "GetAllQueuedTransfers");

    private final TransferEngine engine;
    private final Clock clock;
    private final long maxFileSize;

    public TransferRequests(TransferEngine engine, Clock clock, long maxFileSize) {
        this.engine = engine;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    public CwmpMessage handle(CwmpRequest request) {
        if (request instanceof Download d) {
            return download(d);
        } else if (request instanceof Upload u) {
            return upload(u);
        } else if (request instanceof ScheduleDownload s) {
            return scheduleDownload(s);
        } else if (request instanceof CancelTransfer c) {
            return cancel(c);
        } else if (request instanceof GetQueuedTransfers) {
            return new GetQueuedTransfersResponse(engine.transfers().stream().filter(r -> !r.isAutonomous())
                    .map(r -> new QueuedTransferStruct(r.commandKey(), r.state().cwmpState())).toList());
        } else if (request instanceof GetAllQueuedTransfers) {
            return new GetAllQueuedTransfersResponse(engine.transfers().stream()
                    .map(r -> new AllQueuedTransferStruct(r.commandKey(), r.state().cwmpState(), r.isDownload(),
                            r.fileType(), r.fileSize(), r.targetFileName())).toList());
        }
        return FaultMessage.of(9000, "Method not supported: " + request.methodName());
    }

    private CwmpMessage download(Download d) {
        Optional<FaultMessage> bad = checkDownload(d.fileType(), d.url(), d.fileSize());
        if (bad.isPresent()) {
            return bad.get();
        }
        Instant now = clock.instant();
        TransferRecord r = TransferRecord.queued(engine.newId(), "Download", d.commandKey(), d.fileType(), d.url(),
                d.username(), d.password(), d.fileSize(), d.targetFileName(), now.plusSeconds(d.delaySeconds()),
                List.of());
        if (!engine.enqueue(r)) {
            return FaultMessage.of(RESOURCES_EXCEEDED, "transfer queue is full");
        }
        return new DownloadResponse(1, CwmpDateTime.UNKNOWN_TIME, CwmpDateTime.UNKNOWN_TIME);
    }

    private CwmpMessage scheduleDownload(ScheduleDownload s) {
        Optional<FaultMessage> bad = checkDownload(s.fileType(), s.url(), s.fileSize());
        if (bad.isPresent()) {
            return bad.get();
        }
        List<TimeWindowStruct> ws = s.timeWindowList();
        if (ws.isEmpty() || ws.size() > 2) {
            return FaultMessage.of(INVALID_ARGUMENTS, "TimeWindowList needs one or two windows");
        }
        Instant now = clock.instant();
        List<TimeWindow> windows = new ArrayList<>();
        long previousEnd = -1;
        for (TimeWindowStruct w : ws) {
            // windows must be in order and must not overlap (our reading of TR-069; MEM)
            if (w.windowStart() < 0 || w.windowEnd() <= w.windowStart() || w.windowStart() <= previousEnd) {
                return FaultMessage.of(INVALID_ARGUMENTS, "invalid time window " + w.windowStart() + ".."
                        + w.windowEnd());
            }
            if (!w.windowMode().matches("[1-4] .+|X \\S+ .+")) {
                return FaultMessage.of(INVALID_ARGUMENTS, "invalid WindowMode '" + w.windowMode() + "'");
            }
            previousEnd = w.windowEnd();
            windows.add(new TimeWindow(now.plusSeconds(w.windowStart()), now.plusSeconds(w.windowEnd()), w.windowMode(),
                    w.userMessage(), w.maxRetries()));
        }
        TransferRecord r = TransferRecord.queued(engine.newId(), "ScheduleDownload", s.commandKey(), s.fileType(),
                s.url(), s.username(), s.password(), s.fileSize(), s.targetFileName(), windows.get(0).start(),
                windows);
        if (!engine.enqueue(r)) {
            return FaultMessage.of(RESOURCES_EXCEEDED, "transfer queue is full");
        }
        return new ScheduleDownloadResponse();
    }

    private CwmpMessage upload(Upload u) {
        Optional<FileTypes.UploadFile> file = FileTypes.upload(u.fileType());
        if (file.isEmpty()) {
            return FileTypes.isVendor(u.fileType())
                    ? FaultMessage.of(REQUEST_DENIED, "vendor file type not supported: " + u.fileType())
                    : FaultMessage.of(INVALID_ARGUMENTS, "unsupported FileType '" + u.fileType() + "'");
        }
        if (!engine.device().has(file.get())) {
            return FaultMessage.of(INVALID_ARGUMENTS, "this device has no " + u.fileType()
                    + " (see DeviceInfo.VendorConfigFile / VendorLogFile)");
        }
        Optional<FaultMessage> bad = checkUrl(u.url());
        if (bad.isPresent()) {
            return bad.get();
        }
        TransferRecord r = TransferRecord.queued(engine.newId(), "Upload", u.commandKey(), u.fileType(), u.url(),
                u.username(), u.password(), 0, "", clock.instant().plusSeconds(u.delaySeconds()), List.of());
        if (!engine.enqueue(r)) {
            return FaultMessage.of(RESOURCES_EXCEEDED, "transfer queue is full");
        }
        return new UploadResponse(1, CwmpDateTime.UNKNOWN_TIME, CwmpDateTime.UNKNOWN_TIME);
    }

    private CwmpMessage cancel(CancelTransfer c) {
        return switch (engine.cancel(c.commandKey())) {
            case CANCELLED -> new CancelTransferResponse();
            case TOO_LATE -> FaultMessage.of(CANCEL_NOT_ALLOWED, "transfer '" + c.commandKey()
                    + "' is being applied or has completed");
            case UNKNOWN -> FaultMessage.of(INVALID_ARGUMENTS, "no queued transfer with CommandKey '"
                    + c.commandKey() + "'");
        };
    }

    private Optional<FaultMessage> checkDownload(String fileType, String url, long fileSize) {
        if (FileTypes.download(fileType).isEmpty()) {
            return Optional.of(FileTypes.isVendor(fileType)
                    ? FaultMessage.of(REQUEST_DENIED, "vendor file type not supported: " + fileType)
                    : FaultMessage.of(INVALID_ARGUMENTS, "unsupported FileType '" + fileType + "'"));
        }
        if (fileSize < 0) {
            return Optional.of(FaultMessage.of(INVALID_ARGUMENTS, "negative FileSize"));
        }
        if (fileSize > maxFileSize) {
            return Optional.of(FaultMessage.of(RESOURCES_EXCEEDED, "FileSize " + fileSize
                    + " exceeds the device limit of " + maxFileSize + " bytes"));
        }
        return checkUrl(url);
    }

    /** http, https and ftp URLs with a host and no user info (credentials go in Username/Password). */
    public static Optional<FaultMessage> checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(FaultMessage.of(INVALID_ARGUMENTS, "invalid URL: " + e.getMessage()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty() || !uri.isAbsolute() || uri.isOpaque()) {
            return Optional.of(FaultMessage.of(INVALID_ARGUMENTS, "URL must be absolute: " + url));
        }
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ftp")) {
            return Optional.of(FaultMessage.of(UNSUPPORTED_PROTOCOL, "unsupported transfer protocol " + scheme));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of(FaultMessage.of(INVALID_ARGUMENTS, "URL without host: " + url));
        }
        if (uri.getUserInfo() != null) {
            return Optional.of(FaultMessage.of(INVALID_ARGUMENTS, "URL must not carry credentials"));
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            // a decoded CR/LF would be a second FTP command
            return Optional.of(FaultMessage.of(INVALID_ARGUMENTS, "URL path with control characters"));
        }
        return Optional.empty();
    }
}
