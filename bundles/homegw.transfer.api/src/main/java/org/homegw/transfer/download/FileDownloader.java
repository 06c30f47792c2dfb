package org.homegw.transfer.download;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The gateway's file-server client as a service. Connection settings (trust anchors, timeouts,
 * the largest file accepted) are the transfer manager's configuration; the request adds the
 * credentials and its own size limit.
 */
@ProviderType
public interface FileDownloader {

    /**
     * Downloads {@code request.url()} into {@code target}, replacing whatever the file held, and
     * answers the number of bytes written (the file is fsynced). Blocks the calling thread; an
     * interrupt ends the download with {@link DownloadFailure.Kind#INCOMPLETE}.
     *
     * @throws DownloadFailure why the file could not be fetched; {@code target} may then hold a part
     *                         of it, and the caller deletes it
     */
    long download(DownloadRequest request, Path target) throws DownloadFailure;
}
