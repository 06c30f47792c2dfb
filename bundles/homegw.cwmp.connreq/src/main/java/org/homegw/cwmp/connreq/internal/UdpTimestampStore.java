package org.homegw.cwmp.connreq.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homegw.datamodel.spi.AtomicFiles;

/**
 * The ts of the last accepted UDP Connection Request, kept in the state directory so that a
 * captured datagram cannot be replayed after a restart. Saved at most once per accepted request,
 * which the rate limit keeps rare.
 */
public final class UdpTimestampStore {

    private static final System.Logger LOG = System.getLogger(UdpTimestampStore.class.getName());
    static final String FILE_NAME = "connreq-udp-last-ts";

    private final Path file;

    public UdpTimestampStore(Path stateDir) {
        this.file = stateDir.resolve(FILE_NAME);
    }

    /** The stored ts, or -1 when none (or unreadable: then only the clock check guards against replays). */
    public long load() {
        if (!Files.exists(file)) {
            return -1;
        }
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable {0}: {1}", file, e.getMessage());
            return -1;
        }
    }

    public void save(long timestamp) {
        try {
            AtomicFiles.write(file, timestamp + "\n");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot save the last UDP Connection Request ts to " + file, e);
        }
    }
}
