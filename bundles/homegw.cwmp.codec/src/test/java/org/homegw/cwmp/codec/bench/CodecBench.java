package org.homegw.cwmp.codec.bench;

import java.io.ByteArrayOutputStream;
import java.util.Collection;

import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link CodecBenchmark} and prints throughput in MB/s (1 MB = 10^6 bytes of XML). */
public final class CodecBench {
    private CodecBench() {
    }

    public static void main(String[] args) throws Exception {
        long decodeBytes = CodecBenchmark.setParameterValuesBody().length;
        ByteArrayOutputStream gpv = new ByteArrayOutputStream();
        new CwmpEncoder().encode(Envelope.of(CwmpVersion.V1_2, "bench",
                new GetParameterValuesResponse(CodecBenchmark.values())), gpv);
        long encodeBytes = gpv.size();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(CodecBenchmark.class.getName()).addProfiler(GCProfiler.class).build()).run();
        System.out.printf("%n%-45s %10s %12s %10s %14s%n", "benchmark (7,000 parameters)", "ops/s", "bytes/op", "MB/s",
                "alloc B/op");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double ops = r.getPrimaryResult().getScore();
            long bytes = name.startsWith("decode") ? decodeBytes : encodeBytes;
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            System.out.printf("%-45s %10.1f %12d %10.1f %14.0f%n", name, ops, bytes, ops * bytes / 1e6,
                    alloc == null ? Double.NaN : alloc.getScore());
        }
    }
}
