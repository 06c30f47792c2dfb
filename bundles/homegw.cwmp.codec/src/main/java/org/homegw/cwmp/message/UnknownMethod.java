package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * A request whose method this codec does not know, typically a vendor method ({@code X_...}), with
 * its arguments as a name → value tree. A receiver with a handler for the method answers with a
 * {@link VendorResponse}; without one, with fault 9000 (method not supported).
 *
 * @param methodName the local name of the body element
 * @param arguments the child elements of the method element, in document order (since 1.1)
 */
public record UnknownMethod(String methodName, List<VendorArgument> arguments) implements CwmpRequest {
    public UnknownMethod {
        Objects.requireNonNull(methodName, "methodName");
        arguments = List.copyOf(arguments);
    }

    /** A method without arguments. */
    public UnknownMethod(String methodName) {
        this(methodName, List.of());
    }

    /** The first argument with this name, if any. */
    public java.util.Optional<VendorArgument> argument(String name) {
        return arguments.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
