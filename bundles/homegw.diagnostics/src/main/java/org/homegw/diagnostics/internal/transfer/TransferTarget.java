package org.homegw.diagnostics.internal.transfer;

import java.util.Optional;

/** Where a TR-143 test connects: an http:// or an ftp:// URL (the two *Transports the model names). */
public sealed interface TransferTarget permits HttpTarget, FtpTarget {

    String host();

    int port();

    /** host[:port] for log lines (never the FTP password). */
    String display();

    /** The target of an http or ftp URL, or empty when the URL is neither (https included). */
    static Optional<TransferTarget> parse(String url) {
        Optional<TransferTarget> http = HttpTarget.parse(url).map(t -> t);
        return http.isPresent() ? http : FtpTarget.parse(url).map(t -> t);
    }
}
