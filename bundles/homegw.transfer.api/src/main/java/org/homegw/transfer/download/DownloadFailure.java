package org.homegw.transfer.download;

import java.util.Objects;

/** Why a download failed: a {@link Kind} for the caller's fault mapping and a reason for the log. */
public final class DownloadFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, each with the TR-069 fault code a transfer reports for it. */
    public enum Kind {
        /** The URL's scheme is none of http, https and ftp. */
        UNSUPPORTED_PROTOCOL(9013),
        /** Name resolution, connection, TLS verification or the server's answer failed or timed out. */
        CANNOT_CONTACT_SERVER(9015),
        /** The server asked for credentials and refused the ones given (or none were given). */
        AUTHENTICATION_FAILED(9012),
        /** The server answered with an error status, too many redirects, or a redirect we refuse. */
        CANNOT_ACCESS_FILE(9016),
        /** The body broke off, stalled past the read timeout, or the download was interrupted. */
        INCOMPLETE(9017),
        /** The file is larger than the request's (or the service's) limit; the transfer was stopped. */
        TOO_LARGE(9018),
        /** The local file could not be written. */
        LOCAL_ERROR(9002);

        private final int transferFault;

        Kind(int transferFault) {
            this.transferFault = transferFault;
        }

        /** The fault code a TransferComplete reports for this kind (9002, 9012, 9013, 9015–9018). */
        public int transferFault() {
            return transferFault;
        }
    }

    private final Kind kind;

    public DownloadFailure(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
