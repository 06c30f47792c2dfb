package org.homegw.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Pattern;

import org.homegw.datamodel.spi.AtomicFiles;

/**
 * The serial number a device gets when its device configuration names none: generated once,
 * kept in {@code <state>/serial-number}, and kept across factory resets, because an ACS identifies
 * a CPE by OUI, product class and serial number.
 */
final class SerialNumberStore {

    static final String FILE_NAME = "serial-number";

    /** Printable, no spaces: the value travels in the Inform's DeviceId and in CWMP URLs. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Path file;
    private final Random random;

    SerialNumberStore(Path stateDir, Random random) {
        this.file = stateDir.resolve(FILE_NAME);
        this.random = random;
    }

    /** The stored serial number, or a new one (12 upper-case hex digits) written atomically first. */
    String loadOrCreate() throws IOException {
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (VALID.matcher(stored).matches()) {
                return stored;
            }
            throw new IOException(file + " does not hold a serial number (1-64 of A-Z a-z 0-9 . _ -): delete it to generate a new one");
        }
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        String serial = HexFormat.of().withUpperCase().formatHex(bytes);
        AtomicFiles.write(file, serial + "\n");
        return serial;
    }
}
