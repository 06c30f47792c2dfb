package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.homegw.datamodel.spi.AtomicFiles;

/** Properties files of the software-module state, read as UTF-8 and written crash-safely (owner-only). */
public final class AtomicProperties {

    private AtomicProperties() {
    }

    public static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** Replaces {@code file}; it may hold download credentials, so it is readable by the gateway's user only. */
    public static void write(Path file, Properties p, String comment) throws IOException {
        AtomicFiles.writeProperties(file, p, comment);
    }
}
