package org.homegw.cwmp.connreq.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.homegw.datamodel.spi.AtomicFiles;

/**
 * The random path of this device's ConnectionRequestURL, generated once and kept in the state
 * directory (see {@link AtomicFiles}) so the URL survives restarts.
 */
public final class ConnectionRequestPathStore {

    private static final System.Logger LOG = System.getLogger(ConnectionRequestPathStore.class.getName());
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    static final String FILE_NAME = "connreq-path";

    private final Path file;
    private final SecureRandom random;

    public ConnectionRequestPathStore(Path stateDir, SecureRandom random) {
        this.file = stateDir.resolve(FILE_NAME);
        this.random = random;
    }

    /** The persisted path (without leading "/"), generating and saving a new one the first time. */
    public String loadOrCreate() throws IOException {
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (VALID.matcher(stored).matches()) {
                return stored;
            }
            LOG.log(System.Logger.Level.WARNING, "Ignoring invalid Connection Request path in {0}; generating a new one",
                    file);
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String path = HexFormat.of().formatHex(bytes);
        write(path);
        return path;
    }

    private void write(String path) throws IOException {
        AtomicFiles.write(file, path + "\n");
    }
}
