package org.homegw.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why the framework stopped, as written by the homegw.runtime bundle's DeviceControl service into
 * {@code <state>/restart-request} ("reboot" or "factory-reset") just before it stops the system
 * bundle. No file means a plain shutdown (SIGTERM, {@code stop 0} in the shell).
 */
enum RestartRequest {
    REBOOT("reboot"),
    FACTORY_RESET("factory-reset");

    static final String FILE_NAME = "restart-request";

    private static final System.Logger LOG = System.getLogger(RestartRequest.class.getName());

    private final String word;

    RestartRequest(String word) {
        this.word = word;
    }

    /** The word in the request file, also the value of {@code homegw.boot.reason} after this restart. */
    String word() {
        return word;
    }

    /** Reads the request, if any, without removing it. */
    static Optional<RestartRequest> peek(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String word = Files.readString(file, StandardCharsets.US_ASCII).trim();
        return Optional.of(switch (word) {
            case "factory-reset" -> FACTORY_RESET;
            case "reboot" -> REBOOT;
            default -> {
                LOG.log(System.Logger.Level.WARNING, "{0} holds ''{1}'', not reboot or factory-reset: rebooting", file, word);
                yield REBOOT;
            }
        });
    }

    /** Reads and removes the request: it is acted on once. */
    static Optional<RestartRequest> take(Path file) throws IOException {
        Optional<RestartRequest> request = peek(file);
        Files.deleteIfExists(file);
        return request;
    }
}
