package org.homegw.cwmp.codec.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Codec throughput on messages of 7,000 parameters, the size of a full-tree exchange of a
 * typical gateway data model. {@link CodecBench} turns the scores into MB/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    static final int PARAMETERS = 7_000;
    private static final String[] TYPES = {"string", "unsignedInt", "boolean", "dateTime", "int", "string"};
    private static final String[] VALUES = {"Living room AP <5 GHz>", "4294967295", "1", "2026-11-27T07:05:00Z",
        "-72", ""};

    private final CwmpDecoder decoder = new CwmpDecoder();
    private final CwmpEncoder encoder = new CwmpEncoder();
    private List<ParameterValueStruct> values;
    private byte[] setParameterValues;
    private ByteArrayOutputStream out;

    static List<ParameterValueStruct> values() {
        List<ParameterValueStruct> values = new ArrayList<>(PARAMETERS);
        for (int i = 0; i < PARAMETERS; i++) {
            values.add(new ParameterValueStruct("Device.WiFi.AccessPoint." + (i / 100 + 1) + ".AssociatedDevice."
                    + (i % 100 + 1) + ".X_ACME_Stat" + (i % 7), VALUES[i % VALUES.length], TYPES[i % TYPES.length]));
        }
        return values;
    }

    static byte[] setParameterValuesBody() {
        return new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_2, "bench", new SetParameterValues(values(), "k")));
    }

    @Setup
    public void setUp() {
        values = values();
        setParameterValues = setParameterValuesBody();
        out = new ByteArrayOutputStream(1 << 21);
    }

    @Benchmark
    public Envelope decodeSetParameterValues() throws DecodeException {
        return decoder.decode(setParameterValues);
    }

    @Benchmark
    public int encodeGetParameterValuesResponseStreaming() throws IOException {
        out.reset();
        encoder.encodeGetParameterValuesResponse(out, CwmpVersion.V1_2, CwmpHeader.ofId("bench"), values.size(),
                w -> {
                    for (ParameterValueStruct v : values) {
                        w.write(v.name(), v.value(), v.type());
                    }
                });
        return out.size();
    }

    @Benchmark
    public int encodeGetParameterValuesResponseRecord() throws IOException {
        out.reset();
        encoder.encode(Envelope.of(CwmpVersion.V1_2, "bench", new GetParameterValuesResponse(values)), out);
        return out.size();
    }
}
