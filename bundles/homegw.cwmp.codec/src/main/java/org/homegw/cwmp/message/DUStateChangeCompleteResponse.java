package org.homegw.cwmp.message;

/** The ACS acknowledges DUStateChangeComplete. */
public record DUStateChangeCompleteResponse() implements CwmpResponse {
}
