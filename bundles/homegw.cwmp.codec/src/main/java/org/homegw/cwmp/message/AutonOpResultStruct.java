package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * The result of an autonomous deployment-unit operation: the common result plus the operation
 * performed (Install, Update, Uninstall or a vendor string).
 */
public record AutonOpResultStruct(OpResultStruct result, String operationPerformed) {
    public AutonOpResultStruct {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(operationPerformed, "operationPerformed");
    }
}
