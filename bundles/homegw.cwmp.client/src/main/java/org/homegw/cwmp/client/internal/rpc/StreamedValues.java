package org.homegw.cwmp.client.internal.rpc;

import java.util.List;

/**
 * A GetParameterValuesResponse that is not built in memory: the paths were validated, and the
 * values are read from the data model while the response is being written.
 */
public record StreamedValues(List<String> paths) {
    public StreamedValues {
        paths = List.copyOf(paths);
    }
}
