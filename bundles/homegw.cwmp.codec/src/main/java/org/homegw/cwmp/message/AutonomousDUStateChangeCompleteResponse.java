package org.homegw.cwmp.message;

/** The ACS acknowledges AutonomousDUStateChangeComplete. */
public record AutonomousDUStateChangeCompleteResponse() implements CwmpResponse {
}
