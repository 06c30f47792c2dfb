package org.homegw.cwmp.client.internal.rpc;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;

/**
 * Keeps the values of one read while they stay within the limits of a prepared answer; past them it
 * only counts (the answer is then read again while written, as before).
 */
final class PreparedCollector implements ValueSink {

    private List<ParameterValue> values = new ArrayList<>();
    private long chars;
    private int count;

    @Override
    public void accept(ParameterValue value) {
        count++;
        if (values == null) {
            return;
        }
        chars += value.path().length() + (value.value() == null ? 0 : value.value().length());
        if (count > StreamedValues.PREPARED_MAX_VALUES || chars > StreamedValues.PREPARED_MAX_CHARS) {
            values = null; // too large to keep: released at once
        } else {
            values.add(value);
        }
    }

    /** The values read, or null when there were too many to keep. */
    List<ParameterValue> values() {
        return values;
    }

    int count() {
        return count;
    }
}
