package org.homegw.transfer.internal.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.homegw.transfer.download.DownloadFailure;
import org.homegw.transfer.download.DownloadRequest;
import org.homegw.transfer.download.FileDownloader;

/**
 * The {@link FileDownloader} service on the transfer manager's own {@link FileServerClient}: same
 * TLS trust anchors, challenge-only credentials, redirect rules and streaming. A download always
 * starts from byte 0 (no resume across calls) and is bounded by the smaller of the request's and
 * the service's size limit.
 */
public final class HttpFileDownloader implements FileDownloader {

    private final FileServerClient client;
    private final long maxFileSize;

    public HttpFileDownloader(FileServerClient client, long maxFileSize) {
        this.client = client;
        this.maxFileSize = maxFileSize;
    }

    @Override
    public long download(DownloadRequest request, Path target) throws DownloadFailure {
        try {
            // the client resumes a file that holds bytes: this service always fetches the whole file
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new DownloadFailure(DownloadFailure.Kind.LOCAL_ERROR, "cannot replace " + target + ": " + e.getMessage(), e);
        }
        try {
            return client.download(request.url(), new Credentials(request.username(), request.password()), target, "",
                    Math.min(request.maxBytes(), maxFileSize), DownloadProgress.NONE).size();
        } catch (TransferFailure f) {
            throw new DownloadFailure(kind(f.faultCode()), f.getMessage(), f);
        }
    }

    /** The client's transfer fault as a failure kind; in a download 9018 only ever means "too large". */
    static DownloadFailure.Kind kind(int faultCode) {
        return switch (faultCode) {
            case TransferFaults.UNSUPPORTED_PROTOCOL -> DownloadFailure.Kind.UNSUPPORTED_PROTOCOL;
            case TransferFaults.CANNOT_CONTACT_SERVER -> DownloadFailure.Kind.CANNOT_CONTACT_SERVER;
            case TransferFaults.SERVER_AUTHENTICATION -> DownloadFailure.Kind.AUTHENTICATION_FAILED;
            case TransferFaults.CANNOT_ACCESS_FILE -> DownloadFailure.Kind.CANNOT_ACCESS_FILE;
            case TransferFaults.INCOMPLETE -> DownloadFailure.Kind.INCOMPLETE;
            case TransferFaults.CORRUPTED -> DownloadFailure.Kind.TOO_LARGE;
            default -> DownloadFailure.Kind.LOCAL_ERROR;
        };
    }
}
