package org.homegw.launcher;

/** A command-line or configuration error: the launcher prints the message on one line and exits with code 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
