package org.homegw.adapter.nas.spi;

import java.util.List;
import java.util.Set;

/**
 * The complete file-sharing configuration handed to {@link FileSharing#apply}.
 *
 * @param protocols      network protocols to serve (SMB, NFS, AFP)
 * @param authRequired   clients of those protocols must log in (NetworkProtocolAuthReq)
 * @param ftpEnabled     the FTP server runs
 * @param ftpPort        its TCP port
 * @param ftpMaxUsers    most simultaneous FTP users
 * @param ftpIdleSeconds idle FTP sessions are closed after this many seconds
 * @param accounts       the enabled and disabled user accounts
 */
public record SharingSettings(Set<String> protocols, boolean authRequired, boolean ftpEnabled, int ftpPort,
                              int ftpMaxUsers, int ftpIdleSeconds, List<Account> accounts) {

    public SharingSettings {
        protocols = Set.copyOf(protocols);
        accounts = List.copyOf(accounts);
    }

    /** A user account; the password is the one the ACS set (write-only in the data model). */
    public record Account(String username, String password, boolean enabled, boolean ftpAccess, boolean httpAccess) {
        @Override
        public String toString() {
            return "Account[username=" + username + ", enabled=" + enabled + ", ftpAccess=" + ftpAccess
                    + ", httpAccess=" + httpAccess + "]";
        }
    }
}
