package org.homegw.datamodel.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.BbfXmlReader;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Registry figures: definitions loading, whole-tree reads, atomic sets. Run with the jmh profile. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RegistryBenchmarks {

    /** Loading Device:2.19 (with the mounted service models) from the shipped compact file, and from BBF XML. */
    @State(Scope.Benchmark)
    public static class Files219 {
        Path compact = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
        Path xml = Path.of(System.getProperty("homegw.bbf.dir", "../../../shared/bbf"), "dm",
                "tr-181-2-19-1-cwmp-full.xml");
    }

    @Benchmark
    public SchemaTree loadDevice219Compact(Files219 f) throws Exception {
        return DefinitionsAdapter.toTree(new DefinitionsLoader().load(f.compact));
    }

    @Benchmark
    public SchemaTree loadDevice219BbfXml(Files219 f) throws Exception {
        return DefinitionsAdapter.toTree(new BbfXmlReader().readModel(f.xml));
    }

    /** A registry over the synthetic model with {@code parameters} row parameters. */
    @State(Scope.Benchmark)
    public static class Tree {
        @Param({"2000", "10000", "100000"})
        int parameters;
        DataModelRegistry registry;
        Path stateDir;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            stateDir = Files.createTempDirectory("homegw-bench");
            ProviderTable providers = new ProviderTable();
            providers.add(new ProviderRegistration(new SyntheticModel.RowProvider(parameters / SyntheticModel.ROW_PARAMS),
                    List.of("Device.X_Bench.Row."), 0, 1, true));
            providers.add(new ProviderRegistration(new SyntheticModel.LiveProvider(), List.of("Device.X_Bench.Live."),
                    0, 2, true));
            registry = new RegistryAssembly(SyntheticModel.tree()).stateDir(stateDir).providers(providers)
                    .storePaths(List.of("Device.ManagementServer.", "Device.X_Bench.Config.")).build().registry();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(stateDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Benchmark
    public int getWholeTree(Tree t, Blackhole hole) {
        return t.registry.getValues(List.of("Device."), hole::consume).value();
    }

    /** Sets for the atomic-set benchmarks, alternating values so that every set changes all 100. */
    @State(Scope.Thread)
    public static class Sets {
        List<ParameterValue> config0 = values("Device.X_Bench.Config.", "0");
        List<ParameterValue> config1 = values("Device.X_Bench.Config.", "1");
        List<ParameterValue> live0 = values("Device.X_Bench.Live.", "0");
        List<ParameterValue> live1 = values("Device.X_Bench.Live.", "1");
        long round;

        static List<ParameterValue> values(String object, String value) {
            List<ParameterValue> out = new ArrayList<>();
            for (int i = 0; i < SyntheticModel.SET_PARAMS; i++) {
                out.add(ParameterValue.untyped(object + "P" + i, value));
            }
            return out;
        }
    }

    /** 100 store-backed parameters and the ParameterKey: validation plus one fsynced atomic state write. */
    @Benchmark
    public int atomicSet100Persisted(Tree t, Sets s) {
        long r = s.round++;
        return t.registry.setValues(r % 2 == 0 ? s.config1 : s.config0, "k" + r, Caller.ACS).value();
    }

    /** 100 parameters of an in-memory provider, no ParameterKey: validation and routing only. */
    @Benchmark
    public int atomicSet100InMemory(Tree t, Sets s) {
        long r = s.round++;
        return t.registry.setValues(r % 2 == 0 ? s.live1 : s.live0, null, Caller.ACS).value();
    }
}
