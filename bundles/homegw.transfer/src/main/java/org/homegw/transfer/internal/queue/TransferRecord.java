package org.homegw.transfer.internal.queue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One transfer the ACS asked for, as persisted: the request, its progress and its outcome.
 *
 * @param id             local identifier (names the partial file), unique in the state directory
 * @param method         the RPC that asked for it: "Download", "ScheduleDownload" or "Upload"
 *                       (its "M &lt;method&gt;" event announces the TransferComplete), or
 *                       {@link #AUTONOMOUS} for a download nobody asked for over CWMP
 * @param notBefore      earliest start (request time + DelaySeconds; window start for ScheduleDownload)
 * @param windows        ScheduleDownload time windows (empty for Download and Upload)
 * @param startTime      when the transfer started, null before
 * @param completeTime   when it completed, null before
 * @param faultCode      0 on success (valid once COMPLETED)
 * @param etag           validator of the partial download, for a resume with If-Range ("" if none)
 * @param attempts       attempts started so far; for a ScheduleDownload, those in its current time window
 *                       (its MaxRetries counts them)
 */
public record TransferRecord(long id, String method, String commandKey, String fileType, String url,
        String username, String password, long fileSize, String targetFileName, Instant notBefore,
        List<TimeWindow> windows, TransferState state, Instant startTime, Instant completeTime, int faultCode,
        String faultString, String etag, int attempts) {

    public TransferRecord {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(commandKey, "commandKey");
        Objects.requireNonNull(fileType, "fileType");
        Objects.requireNonNull(url, "url");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        targetFileName = targetFileName == null ? "" : targetFileName;
        Objects.requireNonNull(notBefore, "notBefore");
        windows = List.copyOf(windows);
        Objects.requireNonNull(state, "state");
        faultString = faultString == null ? "" : faultString;
        etag = etag == null ? "" : etag;
    }

    /** A new transfer in state QUEUED. */
    public static TransferRecord queued(long id, String method, String commandKey, String fileType, String url,
            String username, String password, long fileSize, String targetFileName, Instant notBefore,
            List<TimeWindow> windows) {
        return new TransferRecord(id, method, commandKey, fileType, url, username, password, fileSize,
                targetFileName, notBefore, windows, TransferState.QUEUED, null, null, 0, "", "", 0);
    }

    /** The method name of transfers the ACS did not ask for (a local install). */
    public static final String AUTONOMOUS = "AutonomousDownload";

    public boolean isAutonomous() {
        return AUTONOMOUS.equals(method);
    }

    public boolean isDownload() {
        return !"Upload".equals(method);
    }

    public TransferRecord started(Instant at) {
        return new TransferRecord(id, method, commandKey, fileType, url, username, password, fileSize,
                targetFileName, notBefore, windows, TransferState.TRANSFERRING, startTime == null ? at : startTime,
                null, 0, "", etag, attempts + 1);
    }

    /** Back to QUEUED for another attempt at {@code at}, with {@code attemptsSoFar} attempts counted. */
    public TransferRecord retryAt(Instant at, int attemptsSoFar) {
        return new TransferRecord(id, method, commandKey, fileType, url, username, password, fileSize,
                targetFileName, at, windows, TransferState.QUEUED, startTime, null, 0, "", etag, attemptsSoFar);
    }

    public TransferRecord withState(TransferState newState) {
        return new TransferRecord(id, method, commandKey, fileType, url, username, password, fileSize,
                targetFileName, notBefore, windows, newState, startTime, completeTime, faultCode, faultString, etag,
                attempts);
    }

    public TransferRecord withEtag(String newEtag) {
        return new TransferRecord(id, method, commandKey, fileType, url, username, password, fileSize,
                targetFileName, notBefore, windows, state, startTime, completeTime, faultCode, faultString, newEtag,
                attempts);
    }

    /** Finished with the given fault (0 = success) at {@code at}. */
    public TransferRecord completed(Instant at, int code, String reason) {
        Instant started = startTime == null ? at : startTime;
        return new TransferRecord(id, method, commandKey, fileType, url, username, password, fileSize,
                targetFileName, notBefore, windows, TransferState.COMPLETED, started, at, code, reason, etag, attempts);
    }

    @Override
    public String toString() {
        // never the password: records end up in log lines
        return method + "[id=" + id + ", CommandKey='" + commandKey + "', FileType='" + fileType + "', URL=" + url
                + ", state=" + state + (faultCode != 0 ? ", fault=" + faultCode + " " + faultString : "") + "]";
    }
}
