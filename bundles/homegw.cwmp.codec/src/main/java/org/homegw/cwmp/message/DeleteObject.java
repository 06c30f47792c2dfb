package org.homegw.cwmp.message;

import java.util.Objects;

/** Deletes an object instance (name ends with "."). */
public record DeleteObject(String objectName, String parameterKey) implements CwmpRequest {
    public DeleteObject {
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(parameterKey, "parameterKey");
    }
}
