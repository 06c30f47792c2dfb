package org.homegw.datamodel.internal.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.contrib.Contribution;
import org.homegw.datamodel.internal.contrib.LiveDefinitions;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.ModelInfo;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Syntax;
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
 * What a bundle's definitions cost the running registry on the shipped Device:2.19 model (1,104 objects,
 * 8,837 parameters): merging a small vendor model and withdrawing it again (new SchemaTree, registry
 * views, store defaults), and a forcedInform read after the swap. Run with the jmh profile:
 * {@code -Djmh.args="DefinitionsSwap -rf text -rff target/jmh-results.txt"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DefinitionsSwapBenchmark {

    @State(Scope.Benchmark)
    public static class Registry {
        RegistryAssembly.Assembled assembled;
        Contribution plug;

        @Setup
        public void setUp() throws Exception {
            SchemaTree shipped = DefinitionsAdapter.toTree(new DefinitionsLoader()
                    .load(Path.of("../../device-config/datamodel/device-2.19.dmdefs")));
            assembled = new RegistryAssembly(shipped).build();
            Syntax uint = Syntax.of("unsignedInt");
            plug = new Contribution(1L, "plug", new SchemaTree(List.of(ObjectSchema.single("Device."),
                    ObjectSchema.single("Device.X_PLUG.", ParamSchema.readOnly("OutletNumberOfEntries", uint)),
                    ObjectSchema.table("Device.X_PLUG.Outlet.{i}.", null, List.of(), ParamSchema.readOnly("Power", uint),
                            ParamSchema.readWrite("Name", Syntax.of("string")))),
                    List.of(new ModelInfo("X_PLUG:1", "urn:example-com:plug", ""))));
        }
    }

    @Benchmark
    public List<ParameterValue> mergeAndWithdrawThenInform(Registry r) {
        LiveDefinitions live = r.assembled.definitions();
        live.add(r.plug);
        live.withdraw(1L, "plug");
        return r.assembled.registry().forcedInformValues();
    }

    @Benchmark
    public List<ParameterValue> informOnly(Registry r) {
        return r.assembled.registry().forcedInformValues();
    }
}
