package org.homegw.cwmp.connreq.internal.http;

/** A request that breaks the syntax or a size limit; answered with {@link #status()} and the connection closed. */
final class BadRequestException extends Exception {

    private final int status;

    BadRequestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
