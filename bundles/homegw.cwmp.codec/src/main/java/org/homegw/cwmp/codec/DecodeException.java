package org.homegw.cwmp.codec;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input the decoder cannot accept. Carries what is needed to answer it: the {@link Reason}, and
 * when the envelope was readable far enough, the {@code cwmp:ID} and the method whose arguments
 * were wrong; {@link #faultCode()} is then the CWMP fault to answer with (9003).
 */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Reason {
        /** Not well-formed XML, including truncated input. */
        MALFORMED_XML,
        /** A DOCTYPE (DTD) was present; DTDs and entities are never processed. */
        DOCTYPE_FORBIDDEN,
        /** More bytes than {@link DecodeLimits#maxBytes()}. */
        TOO_LARGE,
        /** Nesting deeper than {@link DecodeLimits#maxDepth()}. */
        TOO_DEEP,
        /** More elements than {@link DecodeLimits#maxElements()}. */
        TOO_MANY_ELEMENTS,
        /** A text value longer than {@link DecodeLimits#maxStringLength()}. */
        STRING_TOO_LONG,
        /** Well-formed XML that is not a SOAP Envelope with a Body. */
        NOT_AN_ENVELOPE,
        /** No envelope at all (empty or whitespace-only input where one was required). */
        EMPTY,
        /** A known CWMP method with missing or invalid arguments. */
        INVALID_ARGUMENTS,
        /** Reading the input stream failed. */
        IO_ERROR
    }

    private final Reason reason;
    private final String method;
    private final String cwmpId;

    public DecodeException(Reason reason, String message, String method, String cwmpId, Throwable cause) {
        super(reason + ": " + message + (method == null ? "" : " (in " + method + ")"), cause);
        this.reason = reason;
        this.method = method;
        this.cwmpId = cwmpId;
    }

    public DecodeException(Reason reason, String message) {
        this(reason, message, null, null, null);
    }

    /** Why the input was refused. */
    public Reason reason() {
        return reason;
    }

    /** The method being decoded when the problem was found, if known. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** The {@code cwmp:ID} header of the refused envelope, if it was read before the problem. */
    public Optional<String> cwmpId() {
        return Optional.ofNullable(cwmpId);
    }

    /**
     * The CWMP fault to answer with: 9003 (invalid arguments) when a known method could not be
     * read; empty when the input was not a readable CWMP request (the session should end instead).
     */
    public OptionalInt faultCode() {
        return method != null && reason == Reason.INVALID_ARGUMENTS ? OptionalInt.of(9003) : OptionalInt.empty();
    }
}
