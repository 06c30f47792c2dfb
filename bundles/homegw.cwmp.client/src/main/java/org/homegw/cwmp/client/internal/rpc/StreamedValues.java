package org.homegw.cwmp.client.internal.rpc;

import java.util.List;

/**
 * A GetParameterValuesResponse that is not built in memory: the paths were validated and their
 * values counted (the SOAP arrayType needs the count up front); the values are read from the data
 * model again while the response is written.
 */
public record StreamedValues(List<String> paths, int count) {
    public StreamedValues {
        paths = List.copyOf(paths);
    }
}
