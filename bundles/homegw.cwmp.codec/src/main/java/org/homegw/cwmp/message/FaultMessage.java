package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * A SOAP Fault carrying a CWMP fault in its {@code detail/cwmp:Fault} element.
 *
 * @param soapFaultCode   {@code faultcode}: {@code "Client"} or {@code "Server"} (without prefix)
 * @param soapFaultString {@code faultstring}, normally {@code "CWMP fault"}
 * @param faultCode       the CWMP fault code (9000–9899 from a CPE, 8000–8899 from an ACS);
 *                        0 when a received fault carried no {@code cwmp:Fault} detail
 * @param faultString     the CWMP fault text ("" when none)
 * @param setParameterValuesFaults per-parameter faults of a failed SetParameterValues (else empty)
 */
public record FaultMessage(String soapFaultCode, String soapFaultString, int faultCode, String faultString,
        List<SetParameterValuesFault> setParameterValuesFaults) implements CwmpMessage {

    public FaultMessage {
        Objects.requireNonNull(soapFaultCode, "soapFaultCode");
        Objects.requireNonNull(soapFaultString, "soapFaultString");
        Objects.requireNonNull(faultString, "faultString");
        setParameterValuesFaults = List.copyOf(Objects.requireNonNull(setParameterValuesFaults,
                "setParameterValuesFaults"));
    }

    @Override
    public String methodName() {
        return "Fault";
    }

    /** A CWMP fault with the usual SOAP wrapping ({@link FaultCodes#soapFaultCode(int)}, "CWMP fault"). */
    public static FaultMessage of(int faultCode, String faultString) {
        return of(faultCode, faultString, List.of());
    }

    /** A CWMP fault with per-parameter SetParameterValues faults. */
    public static FaultMessage of(int faultCode, String faultString, List<SetParameterValuesFault> parameterFaults) {
        return new FaultMessage(FaultCodes.soapFaultCode(faultCode), "CWMP fault", faultCode, faultString,
                parameterFaults);
    }
}
