package org.homegw.cwmp.message;

/** The ACS acknowledges AutonomousTransferComplete. */
public record AutonomousTransferCompleteResponse() implements CwmpResponse {
}
