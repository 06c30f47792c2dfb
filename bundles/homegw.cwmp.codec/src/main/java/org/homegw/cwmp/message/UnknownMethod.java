package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * A request whose method this codec does not know, typically a vendor method ({@code X_...}).
 * Only the name is kept: the receiver answers it with fault 9000 (method not supported).
 *
 * @param methodName the local name of the body element
 */
public record UnknownMethod(String methodName) implements CwmpRequest {
    public UnknownMethod {
        Objects.requireNonNull(methodName, "methodName");
    }
}
