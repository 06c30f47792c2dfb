package org.homegw.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;

/** Waits for a parameter to come into or leave the tree: SCR registers and removes providers asynchronously. */
final class TreeProbe {

    private static final long SETTLE_MILLIS = 10_000;

    private TreeProbe() {
    }

    /** Waits until {@code path} is served (present) or answers 9005 (absent), and fails otherwise. */
    static void await(DataModel dataModel, String path, boolean present) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        Outcome<ParameterValue> last = dataModel.getValue(path);
        while (last.isSuccess() != present && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            last = dataModel.getValue(path);
        }
        if (present) {
            assertNotNull(path + " served: " + last.faultOrNull(), last.isSuccess() ? last.value() : null);
        } else {
            assertEquals(path + " gone", CwmpFault.INVALID_PARAMETER_NAME,
                    last.faultOrNull() == null ? 0 : last.faultOrNull().code());
        }
    }
}
