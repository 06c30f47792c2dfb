package org.homegw.cwmp.message;

import java.util.Objects;

/** Creates an instance of a multi-instance object (name ends with "."). */
public record AddObject(String objectName, String parameterKey) implements CwmpRequest {
    public AddObject {
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(parameterKey, "parameterKey");
    }
}
