package org.homegw.datamodel.api;

import java.util.List;
import java.util.Objects;

/**
 * A CWMP fault as a value: the code the ACS sees, a short reason, and for SetParameterValues
 * the fault of each parameter that failed. Raised by the registry and by providers, serialised
 * once by the SOAP codec.
 */
public record CwmpFault(int code, String message, List<ParameterFault> parameterFaults) {

    public static final int METHOD_NOT_SUPPORTED = 9000;
    public static final int REQUEST_DENIED = 9001;
    public static final int INTERNAL_ERROR = 9002;
    public static final int INVALID_ARGUMENTS = 9003;
    public static final int RESOURCES_EXCEEDED = 9004;
    public static final int INVALID_PARAMETER_NAME = 9005;
    public static final int INVALID_PARAMETER_TYPE = 9006;
    public static final int INVALID_PARAMETER_VALUE = 9007;
    public static final int NOT_WRITABLE = 9008;
    public static final int NOTIFICATION_REJECTED = 9009;

    public CwmpFault {
        Objects.requireNonNull(message, "message");
        parameterFaults = List.copyOf(parameterFaults);
    }

    public CwmpFault(int code, String message) {
        this(code, message, List.of());
    }

    /** One parameter's fault inside a SetParameterValues fault. */
    public record ParameterFault(String parameterName, int code, String message) {
        public ParameterFault {
            Objects.requireNonNull(parameterName, "parameterName");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The 9003 fault that carries one entry per failing parameter, as SetParameterValues reports it. */
    public static CwmpFault ofParameters(List<ParameterFault> faults) {
        return new CwmpFault(INVALID_ARGUMENTS, "Invalid arguments", faults);
    }
}
