package org.homegw.labacs;

/** What the lab ACS waited for did not happen in time. */
public final class AwaitTimeoutException extends RuntimeException {
    public AwaitTimeoutException(String message) {
        super(message);
    }
}
