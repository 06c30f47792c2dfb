package org.homegw.datamodel.definitions.internal.xml;

/**
 * Something in a BBF document cannot be turned into definitions. Unchecked inside the reader; the
 * loader turns it into a {@code DefinitionsException} naming the file and line.
 */
final class DefinitionError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int line;

    DefinitionError(XmlElement element, String message) {
        super(message);
        this.line = element == null ? -1 : element.line;
    }
}
