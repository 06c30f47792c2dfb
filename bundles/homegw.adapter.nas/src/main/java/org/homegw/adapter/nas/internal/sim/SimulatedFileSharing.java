package org.homegw.adapter.nas.internal.sim;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.homegw.adapter.nas.spi.FileSharing;
import org.homegw.adapter.nas.spi.SharingSettings;

/**
 * File sharing simulated the way hardware behaves: it serves SMB and NFS (not AFP), refuses what a
 * real server would refuse to start with (an enabled account without a name, a port outside
 * 1-65535, a protocol it does not have) and reports the FTP server running only while enabled with
 * at least one enabled account allowed to use FTP (otherwise nobody could log in: Error).
 */
public final class SimulatedFileSharing implements FileSharing {

    private static final Set<String> PROTOCOLS = Set.of("SMB", "NFS");

    private volatile SharingSettings current = new SharingSettings(Set.of(), true, false, 21, 5, 300, java.util.List.of());

    @Override
    public Set<String> protocols() {
        return PROTOCOLS;
    }

    @Override
    public synchronized void apply(SharingSettings settings) throws IOException {
        if (!PROTOCOLS.containsAll(settings.protocols())) {
            throw new IOException("protocols " + settings.protocols() + " not all among " + PROTOCOLS);
        }
        if (settings.ftpPort() < 1 || settings.ftpPort() > 65535) {
            throw new IOException("FTP port " + settings.ftpPort() + " out of range");
        }
        Set<String> names = new HashSet<>();
        for (SharingSettings.Account a : settings.accounts()) {
            if (a.enabled() && (a.username().isEmpty() || !names.add(a.username()))) {
                throw new IOException("account name empty or used twice: '" + a.username() + "'");
            }
        }
        current = settings;
    }

    @Override
    public String ftpStatus() {
        SharingSettings s = current;
        if (!s.ftpEnabled()) {
            return "Disabled";
        }
        boolean anyUser = s.accounts().stream().anyMatch(a -> a.enabled() && a.ftpAccess());
        return anyUser ? "Enabled" : "Error";
    }

    /** What was applied last (for tests and the log). */
    public SharingSettings current() {
        return current;
    }
}
