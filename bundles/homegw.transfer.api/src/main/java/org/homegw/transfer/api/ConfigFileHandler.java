package org.homegw.transfer.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Applies and produces vendor configuration files. A file written by {@link #export} and later
 * downloaded with {@link #apply} restores the configuration it was exported from.
 *
 * <p>{@link #apply} is all or nothing: when any part of the file is invalid it answers a fault and
 * the device configuration is unchanged. Both methods run on the transfer worker thread, never on
 * the CWMP session thread, and may take their time.
 */
@ConsumerType
public interface ConfigFileHandler {

    /** Applies a downloaded configuration file; a fault (9018 for invalid content) leaves everything unchanged. */
    ApplyResult apply(Path file);

    /** Writes the current configuration in the format {@link #apply} reads. */
    void export(OutputStream out) throws IOException;
}
