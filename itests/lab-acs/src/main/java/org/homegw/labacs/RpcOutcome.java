package org.homegw.labacs;

import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpResponse;
import org.homegw.cwmp.message.FaultMessage;

/**
 * How a queued ACS request ended: answered with a response or a fault, or not answered at all
 * ({@code answer} null, {@code failure} says why).
 */
public record RpcOutcome(CwmpRequest request, CwmpMessage answer, String failure) {

    public boolean isResponse() {
        return answer instanceof CwmpResponse;
    }

    public boolean isFault() {
        return answer instanceof FaultMessage;
    }

    /** The fault the CPE answered with; throws when it answered otherwise. */
    public FaultMessage fault() {
        if (answer instanceof FaultMessage f) {
            return f;
        }
        throw new IllegalStateException(request.methodName() + " was not answered with a fault: " + this);
    }

    /** The response as the expected type; throws when the CPE answered otherwise. */
    public <T extends CwmpResponse> T response(Class<T> type) {
        if (type.isInstance(answer)) {
            return type.cast(answer);
        }
        throw new IllegalStateException(request.methodName() + " was not answered with "
                + type.getSimpleName() + ": " + this);
    }
}
