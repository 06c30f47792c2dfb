package org.homegw.adapter.nas.spi;

import java.io.IOException;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The file-sharing servers of a NAS: network file protocols (TR-140 NetworkServer), the FTP server
 * and the user accounts they authenticate. The adapter has checked the settings (protocols among
 * {@link #protocols()}, unique user names, ports) before {@link #apply}; a driver refuses only what
 * the platform itself rejects, by throwing, and then keeps the previous settings.
 */
@ConsumerType
public interface FileSharing {

    /** The network file protocols this platform can serve, in TR-140 names: SMB, NFS, AFP. */
    Set<String> protocols();

    /** Applies the complete sharing configuration. */
    void apply(SharingSettings settings) throws IOException;

    /** The FTP server now: Enabled, Disabled or Error (TR-140 FTPServer.Status). */
    String ftpStatus();
}
