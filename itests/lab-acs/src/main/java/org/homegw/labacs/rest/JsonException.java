package org.homegw.labacs.rest;

/** A JSON text or a JSON command that cannot be used; the message says why and where. */
public final class JsonException extends RuntimeException {
    public JsonException(String message) {
        super(message);
    }
}
