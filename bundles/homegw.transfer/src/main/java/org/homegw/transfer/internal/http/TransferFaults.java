package org.homegw.transfer.internal.http;

/** The CPE fault codes a file transfer can end with (TR-069 fault table; digest section (b)). */
public final class TransferFaults {
    public static final int REQUEST_DENIED = 9001;
    public static final int INTERNAL_ERROR = 9002;
    public static final int INVALID_ARGUMENTS = 9003;
    public static final int RESOURCES_EXCEEDED = 9004;
    public static final int TRANSFER_FAILURE = 9010;
    public static final int UPLOAD_FAILURE = 9011;
    public static final int SERVER_AUTHENTICATION = 9012;
    public static final int UNSUPPORTED_PROTOCOL = 9013;
    public static final int CANNOT_CONTACT_SERVER = 9015;
    public static final int CANNOT_ACCESS_FILE = 9016;
    public static final int INCOMPLETE = 9017;
    public static final int CORRUPTED = 9018;
    public static final int FILE_AUTHENTICATION = 9019;
    public static final int WINDOW_MISSED = 9020;
    public static final int CANCEL_NOT_ALLOWED = 9021;

    private TransferFaults() {
    }
}
