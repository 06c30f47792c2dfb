package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * The CPE opens a session: identity, events, the envelopes it accepts, its clock, retry count and the
 * Inform parameters. Times are xsd:dateTime strings (see {@link CwmpDateTime}).
 */
public record Inform(DeviceIdStruct deviceId, List<EventStruct> events, long maxEnvelopes,
        String currentTime, long retryCount, List<ParameterValueStruct> parameterList) implements CwmpRequest {
    public Inform {
        Objects.requireNonNull(deviceId, "deviceId");
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        Objects.requireNonNull(currentTime, "currentTime");
        parameterList = List.copyOf(Objects.requireNonNull(parameterList, "parameterList"));
    }
}
