package org.homegw.cwmp.message;

/** ChangeDUState operation: update a deployment unit. Every field is optional (null when absent). */
public record UpdateOpStruct(String uuid, String version, String url, String username, String password)
        implements DuOperation {
}
