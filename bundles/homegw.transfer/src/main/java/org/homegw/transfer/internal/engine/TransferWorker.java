package org.homegw.transfer.internal.engine;

import static org.homegw.transfer.internal.http.TransferFaults.CORRUPTED;
import static org.homegw.transfer.internal.http.TransferFaults.INCOMPLETE;
import static org.homegw.transfer.internal.http.TransferFaults.INTERNAL_ERROR;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

import org.homegw.datamodel.spi.AtomicFiles;
import org.homegw.transfer.api.ApplyResult;
import org.homegw.transfer.internal.engine.FileTypes.DownloadKind;
import org.homegw.transfer.internal.http.Credentials;
import org.homegw.transfer.internal.http.DownloadProgress;
import org.homegw.transfer.internal.http.FileServerClient;
import org.homegw.transfer.internal.http.TransferAbort;
import org.homegw.transfer.internal.http.TransferFailure;
import org.homegw.transfer.internal.queue.TransferRecord;

/**
 * The steps of one transfer, each ending in a state the engine persists: fetch the file (resuming a
 * partial one), check its size, then apply it (firmware bank, configuration, stored file); or build
 * and send an upload. Runs on the worker thread only.
 */
final class TransferWorker {

    private static final System.Logger LOG = System.getLogger(TransferWorker.class.getName());

    /** The result of one step: the file is ready to apply, or the transfer ended. */
    sealed interface Step permits Downloaded, Installed, Finished {
    }

    record Downloaded() implements Step {
    }

    /** A firmware image is in the inactive bank; it is switched to at the next boot. */
    record Installed() implements Step {
    }

    record Finished(ApplyResult result) implements Step {
    }

    private final FileServerClient http;
    private final DeviceSide device;
    private final Path workDir;
    private final Path storedDir;
    private final int fetchAttempts;
    private final long maxFileSize;

    TransferWorker(FileServerClient http, DeviceSide device, Path workDir, Path storedDir, int fetchAttempts,
            long maxFileSize) {
        this.http = http;
        this.device = device;
        this.workDir = workDir;
        this.storedDir = storedDir;
        this.fetchAttempts = fetchAttempts;
        this.maxFileSize = maxFileSize;
    }

    Path partFile(TransferRecord r) {
        return workDir.resolve(r.id() + ".part");
    }

    Path downloadedFile(TransferRecord r) {
        return workDir.resolve(r.id() + ".file");
    }

    /**
     * Deletes work files of transfers that are no longer queued (cancelled, or finished, just before
     * a crash); a file whose name does not start with a transfer id is left alone.
     */
    void sweep(java.util.Set<Long> queued) {
        if (!Files.isDirectory(workDir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(workDir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                int dot = name.indexOf('.');
                try {
                    if (dot > 0 && !queued.contains(Long.parseLong(name.substring(0, dot)))) {
                        Files.deleteIfExists(f);
                        LOG.log(Level.INFO, "deleted {0}: its transfer is no longer queued", f);
                    }
                } catch (NumberFormatException notOurs) {
                    // not a transfer's work file
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot sweep " + workDir + ": " + e.getMessage());
        }
    }

    /** Deletes every work file of a transfer. */
    void clean(TransferRecord r) {
        for (String suffix : new String[] {".part", ".synced", ".file", ".image", ".upload"}) {
            try {
                Files.deleteIfExists(workDir.resolve(r.id() + suffix));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot delete work file of " + r + ": " + e.getMessage());
            }
        }
    }

    /**
     * Fetches the file of a download into its partial file, retrying a cut-short body with a Range
     * request, and renames it to the downloaded file once complete and of the announced FileSize.
     */
    Step fetch(TransferRecord r, Consumer<String> onValidator, TransferAbort abort) throws TransferFailure {
        long limit = r.fileSize() > 0 ? r.fileSize() : maxFileSize;
        Credentials creds = new Credentials(r.username(), r.password());
        String etag = r.etag();
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new TransferFailure(INTERNAL_ERROR, "cannot create " + workDir + ": " + e.getMessage(), e);
        }
        FileServerClient.Downloaded got = null;
        for (int attempt = 1; got == null; attempt++) {
            String[] seen = {etag};
            try {
                resumePoint(r);
                DownloadProgress progress = new DownloadProgress() {
                    @Override
                    public void validator(String v) {
                        seen[0] = v;
                        onValidator.accept(v);
                    }

                    @Override
                    public void synced(long bytes) {
                        writeSynced(r, bytes);
                    }
                };
                got = http.download(URI.create(r.url()), creds, partFile(r), etag, limit, progress, abort);
            } catch (TransferFailure f) {
                if (f.faultCode() != INCOMPLETE || attempt >= fetchAttempts || Thread.currentThread().isInterrupted()
                        || abort.aborted()) {
                    throw f;
                }
                LOG.log(Level.INFO, "{0}: {1}; resuming (attempt {2} of {3})", r, f.getMessage(), attempt + 1,
                        fetchAttempts);
            } finally {
                // the validator of the bytes now in the partial file, for the next attempt's resume
                etag = seen[0];
            }
        }
        if (r.fileSize() > 0 && got.size() != r.fileSize()) {
            throw new TransferFailure(CORRUPTED, "received " + got.size() + " bytes, FileSize announced "
                    + r.fileSize());
        }
        try {
            AtomicFiles.moveInto(partFile(r), downloadedFile(r));
        } catch (IOException e) {
            throw new TransferFailure(INTERNAL_ERROR, "cannot keep the downloaded file: " + e.getMessage(), e);
        }
        return new Downloaded();
    }

    /**
     * Cuts the partial file back to the length last known to be on disk: after a power loss the
     * bytes beyond it may be garbage even though the file is longer.
     */
    private void resumePoint(TransferRecord r) throws TransferFailure {
        Path part = partFile(r);
        try {
            if (!Files.exists(part)) {
                return;
            }
            long synced = 0;
            Path mark = syncedFile(r);
            if (Files.exists(mark)) {
                synced = Long.parseLong(Files.readString(mark).trim());
            }
            if (Files.size(part) > synced) {
                try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    ch.truncate(synced);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new TransferFailure(INTERNAL_ERROR, "cannot prepare the resume of " + part + ": " + e.getMessage(), e);
        }
    }

    private void writeSynced(TransferRecord r, long bytes) {
        try {
            AtomicFiles.write(syncedFile(r), Long.toString(bytes).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // only the resume point is lost: the next start resumes from an earlier one
            LOG.log(Level.WARNING, "cannot record the resume point of " + r + ": " + e.getMessage());
        }
    }

    private Path syncedFile(TransferRecord r) {
        return workDir.resolve(r.id() + ".synced");
    }

    /** Applies a complete download; safe to repeat after a restart. */
    Step apply(TransferRecord r) throws TransferFailure {
        Path file = downloadedFile(r);
        if (!Files.isRegularFile(file)) {
            throw new TransferFailure(INTERNAL_ERROR, "downloaded file " + file + " is missing");
        }
        DownloadKind kind = FileTypes.download(r.fileType())
                .orElseThrow(() -> new TransferFailure(INTERNAL_ERROR, "unexpected file type " + r.fileType()));
        switch (kind) {
            case FIRMWARE -> {
                Path image = device.imageCheck().verified(file, workDir.resolve(r.id() + ".image"));
                ApplyResult installed = device.firmware().install(image);
                return installed.isSuccess() ? new Installed() : new Finished(installed);
            }
            case CONFIG -> {
                return new Finished(device.config().apply(file));
            }
            default -> {
                Path target = storedDir.resolve(FileTypes.storedDirectory(r.fileType())).resolve(storedName(r));
                try {
                    AtomicFiles.moveInto(file, target);
                } catch (IOException e) {
                    throw new TransferFailure(INTERNAL_ERROR, "cannot store " + target + ": " + e.getMessage(), e);
                }
                LOG.log(Level.INFO, "{0}: stored as {1}", r, target);
                return new Finished(ApplyResult.OK);
            }
        }
    }

    /** Builds the file to upload (configuration export or recent log) and sends it with HTTP PUT. */
    Step upload(TransferRecord r, LogTail logTail, TransferAbort abort) throws TransferFailure {
        Path body = workDir.resolve(r.id() + ".upload");
        String contentType;
        try {
            Files.createDirectories(workDir);
            FileTypes.UploadFile file = FileTypes.upload(r.fileType()).orElseThrow();
            switch (file.kind()) {
                case CONFIG -> {
                    try (OutputStream out = Files.newOutputStream(body)) {
                        device.config().export(out);
                    }
                    contentType = "text/plain; charset=UTF-8";
                }
                default -> {
                    if (!device.has(file)) {
                        throw new TransferFailure(INTERNAL_ERROR, "no vendor log file " + file.instance());
                    }
                    logTail.writeTo(device.logFiles().get(file.instance() - 1).file(), body);
                    contentType = "text/plain; charset=UTF-8";
                }
            }
        } catch (IOException e) {
            throw new TransferFailure(INTERNAL_ERROR, "cannot prepare the upload: " + e.getMessage(), e);
        }
        try {
            http.upload(URI.create(r.url()), new Credentials(r.username(), r.password()), body, contentType, abort);
        } finally {
            clean(r);
        }
        return new Finished(ApplyResult.OK);
    }

    /**
     * The file name for a stored download: the TargetFileName's last segment, else the URL's last
     * path segment, else "file-&lt;id&gt;"; never a path outside the type's directory.
     */
    static String storedName(TransferRecord r) {
        String name = lastSegment(r.targetFileName());
        if (name.isEmpty()) {
            String path = URI.create(r.url()).getPath();
            name = lastSegment(path == null ? "" : path);
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".")) {
            name = "file-" + r.id();
        }
        return name;
    }

    private static String lastSegment(String s) {
        String t = s.replace('\\', '/');
        return t.substring(t.lastIndexOf('/') + 1).trim();
    }
}
