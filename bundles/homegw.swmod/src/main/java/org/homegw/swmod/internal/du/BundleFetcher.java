package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.homegw.transfer.download.DownloadFailure;
import org.homegw.transfer.download.DownloadRequest;
import org.homegw.transfer.download.FileDownloader;

/**
 * Fetches a deployment unit into a new work file with the gateway's shared {@link FileDownloader}
 * (HTTP(S) with TLS against the device's trust anchors, challenge-only credentials and redirects, or
 * FTP; bounded in size) and
 * turns its failure kinds into ChangeDUState faults: those of a transfer, except that a file over
 * the limit is 9027 (system resources exceeded) rather than 9018, which here means "not a bundle".
 */
public final class BundleFetcher {

    private final FileDownloader downloader;
    private final long maxBytes;

    public BundleFetcher(FileDownloader downloader, long maxBytes) {
        this.downloader = downloader;
        this.maxBytes = maxBytes;
    }

    /** Downloads {@code url} into a new file in {@code dir}; the caller deletes it. */
    public Path fetch(String url, String username, String password, Path dir) throws DuFailure {
        URI uri = parse(url);
        Path target;
        try {
            Files.createDirectories(dir);
            target = Files.createTempFile(dir, "du-", ".jar");
        } catch (IOException e) {
            throw new DuFailure(DuFailure.RESOURCES_EXCEEDED, "cannot create a work file: " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            downloader.download(new DownloadRequest(uri, username, password, maxBytes), target);
            done = true;
            return target;
        } catch (DownloadFailure f) {
            throw new DuFailure(faultOf(f.kind()), f.getMessage(), f);
        } finally {
            if (!done) {
                deleteQuietly(target);
            }
        }
    }

    static int faultOf(DownloadFailure.Kind kind) {
        return switch (kind) {
            case TOO_LARGE -> DuFailure.RESOURCES_EXCEEDED;
            // 9002 is not a valid per-DU fault: a work file that cannot be written exhausts resources
            case LOCAL_ERROR -> DuFailure.RESOURCES_EXCEEDED;
            default -> kind.transferFault();
        };
    }

    private static URI parse(String url) throws DuFailure {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new DuFailure(DuFailure.INVALID_ARGUMENTS, "invalid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ftp")) {
            throw new DuFailure(DuFailure.UNSUPPORTED_PROTOCOL, "unsupported protocol in URL: " + url);
        }
        if (uri.getHost() == null) {
            throw new DuFailure(DuFailure.INVALID_ARGUMENTS, "URL has no host: " + url);
        }
        return uri;
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a work file left behind is cleaned with the work directory
        }
    }
}
