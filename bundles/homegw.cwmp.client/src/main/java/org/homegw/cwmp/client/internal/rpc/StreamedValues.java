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
 *
 * <p>A small answer is {@linkplain #isPrepared() prepared} instead: the one read that validated the
 * request also kept its values (at most {@link #PREPARED_MAX_VALUES} values and
 * {@link #PREPARED_MAX_CHARS} characters), and they are written as they are, without reading the
 * tree a second time (and a re-send after an authentication challenge sends the same values).
 */
public final class StreamedValues {

    /** Largest answer kept in memory: a whole Device:2 tree of a gateway is 1,300 to 2,000 values. */
    public static final int PREPARED_MAX_VALUES = 8192;
    /** ... and at most this many characters of names and values (some 2 MB of heap at the worst). */
    public static final long PREPARED_MAX_CHARS = 1L << 20;

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
    /** The values, when read once already (small answers); null when they are read while written. */
    private final List<ParameterValue> prepared;

    StreamedValues(List<Part> parts, int count, SessionListing listing) {
        this(parts, count, listing, null);
    }

    private StreamedValues(List<Part> parts, int count, SessionListing listing, List<ParameterValue> prepared) {
        this.parts = List.copyOf(parts);
        this.count = count;
        this.listing = Objects.requireNonNull(listing, "listing");
        this.prepared = prepared;
    }

    /** An answer to {@code paths} (all live) whose values were read once and are kept. */
    static StreamedValues prepared(List<String> paths, List<ParameterValue> values, SessionListing listing) {
        return new StreamedValues(paths.stream().<Part>map(Live::new).toList(), values.size(), listing,
                List.copyOf(values));
    }

    /** True when the values are kept: {@link #count()} is exact and {@link #writeTo} reads nothing. */
    public boolean isPrepared() {
        return prepared != null;
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
        if (prepared != null) {
            prepared.forEach(remembering::accept);
            return Outcome.success(prepared.size());
        }
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
