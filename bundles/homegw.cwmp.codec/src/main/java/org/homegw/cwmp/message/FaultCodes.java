package org.homegw.cwmp.message;

/** CWMP fault codes the codec and its users need, and the SOAP faultcode that goes with each. */
public final class FaultCodes {
    public static final int METHOD_NOT_SUPPORTED = 9000;
    public static final int REQUEST_DENIED = 9001;
    public static final int INTERNAL_ERROR = 9002;
    public static final int INVALID_ARGUMENTS = 9003;
    public static final int RESOURCES_EXCEEDED = 9004;
    public static final int ACS_METHOD_NOT_SUPPORTED = 8000;
    public static final int ACS_REQUEST_DENIED = 8001;
    public static final int ACS_INTERNAL_ERROR = 8002;
    public static final int ACS_INVALID_ARGUMENTS = 8003;
    public static final int ACS_RESOURCES_EXCEEDED = 8004;
    public static final int ACS_RETRY_REQUEST = 8005;
    public static final int ACS_VERSION_INCOMPATIBLE = 8006;

    private FaultCodes() {
    }

    /**
     * The SOAP faultcode for a CWMP fault: "Client" when the sender's request was at fault,
     * "Server" otherwise. Chosen from memory of the TR-069 fault tables (digest tag MEM, unverified):
     * Client for 8003, 9003, 9005–9008, 9021 and the deployment-unit argument faults 9022–9026 and
     * 9028–9032; Server for everything else.
     */
    public static String soapFaultCode(int faultCode) {
        boolean client = faultCode == 8003 || faultCode == 9003 || (faultCode >= 9005 && faultCode <= 9008)
                || (faultCode >= 9021 && faultCode <= 9026) || (faultCode >= 9028 && faultCode <= 9032);
        return client ? "Client" : "Server";
    }
}
