package org.homegw.labacs.files;

import java.nio.file.Path;
import java.time.Instant;

/** A file a CPE uploaded: where it was stored, its size and SHA-256, when and from where. */
public record UploadedFile(String name, Path path, long size, String sha256, Instant received, String remote,
                           String method) {
}
