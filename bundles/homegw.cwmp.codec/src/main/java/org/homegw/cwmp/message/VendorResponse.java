package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * The response to a vendor method ({@link UnknownMethod}): element name {@code <method>Response}
 * with the handler's own arguments. The decoder reads any unknown body element whose name ends in
 * "Response" as one of these.
 *
 * @param methodName the element name, e.g. {@code X_ACME_PingResponse}
 * @param arguments the child elements, in document order
 * @since 1.1
 */
public record VendorResponse(String methodName, List<VendorArgument> arguments) implements CwmpResponse {
    public VendorResponse {
        Objects.requireNonNull(methodName, "methodName");
        arguments = List.copyOf(arguments);
        if (!methodName.endsWith("Response") || methodName.length() == "Response".length()) {
            throw new IllegalArgumentException("a vendor response is named <method>Response: '" + methodName + "'");
        }
    }

    /** The response to {@code request}, carrying {@code arguments}. */
    public static VendorResponse to(UnknownMethod request, VendorArgument... arguments) {
        return new VendorResponse(request.methodName() + "Response", List.of(arguments));
    }

    /** The first argument with this name, if any. */
    public java.util.Optional<VendorArgument> argument(String name) {
        return arguments.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
