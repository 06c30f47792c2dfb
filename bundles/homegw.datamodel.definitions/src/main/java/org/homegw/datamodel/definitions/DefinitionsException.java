package org.homegw.datamodel.definitions;

/**
 * A definitions file (BBF XML or compact) could not be read: it is unreadable, unsafe (DTD, external
 * entity, over the size limit), malformed, or inconsistent. The message names the file and, where
 * known, the line.
 */
public class DefinitionsException extends Exception {

    private static final long serialVersionUID = 1L;

    public DefinitionsException(String message) {
        super(message);
    }

    public DefinitionsException(String message, Throwable cause) {
        super(message, cause);
    }
}
