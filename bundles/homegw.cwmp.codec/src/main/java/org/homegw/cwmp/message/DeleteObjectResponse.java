package org.homegw.cwmp.message;

/** Status 0 deleted and applied, 1 committed not yet applied. */
public record DeleteObjectResponse(int status) implements CwmpResponse {
}
