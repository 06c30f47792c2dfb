package org.homegw.cwmp.client.internal.rpc;

import java.util.List;
import java.util.Objects;

import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.ValueSink;

/**
 * A GetParameterValuesResponse that is not built in memory: the paths were validated and their
 * values counted (the SOAP arrayType needs the count up front); the values are read from the data
 * model again while the response is written. A path that vanished since this session reported it is
 * answered from the {@link SessionListing} instead; every value written is remembered there.
 */
public final class StreamedValues {

    /** One requested path: read live, or answered with what the session reported before. */
    sealed interface Part {
    }

    record Live(String path) implements Part {
    }

    record Remembered(String path, List<ParameterValue> values) implements Part {
    }

    private final List<Part> parts;
    private final int count;
    private final SessionListing listing;

    StreamedValues(List<Part> parts, int count, SessionListing listing) {
        this.parts = List.copyOf(parts);
        this.count = count;
        this.listing = Objects.requireNonNull(listing, "listing");
    }

    /** The requested paths, in request order. */
    public List<String> paths() {
        return parts.stream().map(p -> p instanceof Live l ? l.path() : ((Remembered) p).path()).toList();
    }

    /** How many values the response carries. */
    public int count() {
        return count;
    }

    /** Writes every value to {@code sink} in request order; a failure means the tree changed meanwhile. */
    public Outcome<Integer> writeTo(DataModel model, ValueSink sink) {
        ValueSink remembering = v -> {
            listing.reported(v);
            sink.accept(v);
        };
        if (parts.stream().allMatch(p -> p instanceof Live)) {
            return model.getValues(paths(), remembering);
        }
        int n = 0;
        for (Part p : parts) {
            if (p instanceof Live l) {
                Outcome<Integer> o = model.getValues(List.of(l.path()), remembering);
                if (!o.isSuccess()) {
                    return o;
                }
                n += o.value();
            } else {
                for (ParameterValue v : ((Remembered) p).values()) {
                    sink.accept(v);
                    n++;
                }
            }
        }
        return Outcome.success(n);
    }
}
