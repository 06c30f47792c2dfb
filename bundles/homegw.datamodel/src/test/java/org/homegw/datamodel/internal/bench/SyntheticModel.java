package org.homegw.datamodel.internal.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.schema.ModelInfo;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Syntax;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * A synthetic model for benchmarks: Device.X_Bench.Row.{i}. with 20 parameters of mixed types
 * (served by a provider that computes values), Device.X_Bench.Config. with 100 writable
 * parameters (for the store) and Device.X_Bench.Live. with 100 writable parameters (in memory).
 */
final class SyntheticModel {

    static final int ROW_PARAMS = 20;
    static final int SET_PARAMS = 100;

    private SyntheticModel() {
    }

    static SchemaTree tree() {
        List<ParamSchema> row = new ArrayList<>();
        for (int i = 0; i < ROW_PARAMS; i++) {
            String type = switch (i % 4) {
                case 0 -> "string";
                case 1 -> "unsignedInt";
                case 2 -> "boolean";
                default -> "dateTime";
            };
            row.add(ParamSchema.readWrite("P" + i, Syntax.of(type)));
        }
        List<ParamSchema> config = new ArrayList<>();
        for (int i = 0; i < SET_PARAMS; i++) {
            config.add(ParamSchema.readWrite("P" + i, Syntax.of("unsignedInt")).withFactoryDefault("0"));
        }
        return new SchemaTree(List.of(
                ObjectSchema.single("Device."),
                ObjectSchema.single("Device.ManagementServer.", ParamSchema.readOnly("ParameterKey", Syntax.of("string"))),
                ObjectSchema.single("Device.X_Bench."),
                ObjectSchema.table("Device.X_Bench.Row.{i}.", null, List.of(), row.toArray(new ParamSchema[0])),
                ObjectSchema.single("Device.X_Bench.Config.", config.toArray(new ParamSchema[0])),
                ObjectSchema.single("Device.X_Bench.Live.", config.toArray(new ParamSchema[0]))),
                List.of(new ModelInfo("Device:2.19", "urn:example:bench", "")));
    }

    /** Serves {@code rows} rows, computing every value; one read call per row. */
    static final class RowProvider extends AbstractParameterProvider {
        private final List<Long> instances = new ArrayList<>();

        RowProvider(int rows) {
            for (long i = 1; i <= rows; i++) {
                instances.add(i);
            }
        }

        @Override
        public Outcome<List<Long>> instances(String tablePath) {
            return Outcome.success("Device.X_Bench.Row.".equals(tablePath) ? instances : List.of());
        }

        @Override
        public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : names) {
                int i = Integer.parseInt(name.substring(1));
                out.put(name, switch (i % 4) {
                    case 0 -> "value-" + i;
                    case 1 -> Integer.toString(i * 1000);
                    case 2 -> "1";
                    default -> "2026-11-27T07:00:00Z";
                });
            }
            return Outcome.success(out);
        }
    }

    /** In-memory writable parameters. */
    static final class LiveProvider extends AbstractParameterProvider {
        private final Map<String, String> values = new ConcurrentHashMap<>();

        @Override
        public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : names) {
                out.put(name, values.getOrDefault(objectPath + name, "0"));
            }
            return Outcome.success(out);
        }

        @Override
        public Outcome<Integer> write(List<ParameterWrite> writes) {
            for (ParameterWrite w : writes) {
                values.put(w.path(), w.value());
            }
            return Outcome.success(0);
        }
    }
}
