package org.homegw.datamodel.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.homegw.datamodel.definitions.internal.compact.CompactParser;

/**
 * Reads the compact definitions format written by {@link CompactDefinitionsWriter} (what the
 * distribution ships in {@code device-config/datamodel/}). Every record is checked; a malformed,
 * truncated or oversize file gives a {@link DefinitionsException} naming the file and line.
 */
public final class CompactDefinitionsReader {

    /** Default input limit: 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;

    /** A reader with the {@link #DEFAULT_MAX_BYTES} limit. */
    public CompactDefinitionsReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader refusing input over {@code maxBytes}. */
    public CompactDefinitionsReader(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads a compact definitions file. */
    public DataModelDefinitions read(Path file) throws DefinitionsException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new DefinitionsException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads compact definitions from a stream (not closed).
     *
     * @param source name used in error messages
     */
    public DataModelDefinitions read(InputStream in, String source) throws DefinitionsException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new DefinitionsException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new DefinitionsException(source + ": larger than the limit of " + maxBytes + " bytes");
        }
        return new CompactParser(source).parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** True if {@code start} (the first bytes of a file) looks like compact definitions rather than XML. */
    public static boolean isCompact(byte[] start) {
        byte[] magic = "homegw-definitions".getBytes(StandardCharsets.US_ASCII);
        if (start.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (start[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
