package org.homegw.cwmp.message;

/** Empty answer to ChangeDUState (the operations run after it). */
public record ChangeDUStateResponse() implements CwmpResponse {
}
