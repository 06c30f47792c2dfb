package org.homegw.cwmp.message;

/** Status 0: all changes applied; 1: committed but not yet applied. */
public record SetParameterValuesResponse(int status) implements CwmpResponse {
}
