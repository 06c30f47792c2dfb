package org.homegw.cwmp.message;

/** The ACS accepts an Inform and states how many envelopes it accepts per HTTP message. */
public record InformResponse(long maxEnvelopes) implements CwmpResponse {
}
