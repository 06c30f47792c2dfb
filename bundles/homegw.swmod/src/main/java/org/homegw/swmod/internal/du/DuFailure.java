package org.homegw.swmod.internal.du;

/**
 * Why a deployment-unit operation failed, as the CWMP fault code that goes into its OpResultStruct
 * (9001, 9003, 9012, 9013, 9015–9018, 9022–9032). Thrown inside one operation and turned into a
 * result value at exactly one place ({@link DuOperations}).
 */
public final class DuFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int REQUEST_DENIED = 9001;
    public static final int INVALID_ARGUMENTS = 9003;
    public static final int AUTHENTICATION_FAILURE = 9012;
    public static final int UNSUPPORTED_PROTOCOL = 9013;
    public static final int CANNOT_CONTACT_SERVER = 9015;
    public static final int CANNOT_ACCESS_FILE = 9016;
    public static final int CANNOT_COMPLETE_DOWNLOAD = 9017;
    public static final int FILE_CORRUPTED = 9018;
    public static final int INVALID_UUID = 9022;
    public static final int UNKNOWN_EXECUTION_ENV = 9023;
    public static final int DUPLICATE_DU = 9026;
    public static final int RESOURCES_EXCEEDED = 9027;
    public static final int UNKNOWN_DU = 9028;
    public static final int INVALID_DU_STATE = 9029;
    public static final int DOWNGRADE = 9030;
    public static final int VERSION_NOT_SPECIFIED = 9031;
    public static final int VERSION_EXISTS = 9032;

    private final int code;

    public DuFailure(int code, String message) {
        super(message);
        this.code = code;
    }

    public DuFailure(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
