package org.homegw.cwmp.message;

/**
 * One message in the SOAP Body of a CWMP envelope: a request, a response or a SOAP Fault.
 * Messages are immutable values; the codec turns them into XML and back.
 */
public sealed interface CwmpMessage permits CwmpRequest, CwmpResponse, FaultMessage {

    /**
     * The SOAP element name of this message ({@code "Inform"}, {@code "GetParameterValuesResponse"},
     * {@code "Fault"}, or a vendor name such as {@code "X_ACME_Reset"}). The record types are named
     * after their elements, so the default is the simple class name.
     */
    default String methodName() {
        return getClass().getSimpleName();
    }
}
