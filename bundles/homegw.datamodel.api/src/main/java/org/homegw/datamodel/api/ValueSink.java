package org.homegw.datamodel.api;

/**
 * Receives parameter values one at a time, so that a get of the whole tree can be streamed into a
 * response without building it in memory.
 */
@FunctionalInterface
@org.osgi.annotation.versioning.ConsumerType
public interface ValueSink {
    void accept(ParameterValue value);
}
