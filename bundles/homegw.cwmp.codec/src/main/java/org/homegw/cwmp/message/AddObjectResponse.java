package org.homegw.cwmp.message;

/** The new instance number; status 0 created and applied, 1 committed not yet applied. */
public record AddObjectResponse(long instanceNumber, int status) implements CwmpResponse {
}
