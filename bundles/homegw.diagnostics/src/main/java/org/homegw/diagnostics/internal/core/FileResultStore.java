package org.homegw.diagnostics.internal.core;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.homegw.datamodel.spi.ProviderConfigFile;

/**
 * A {@link ResultStore} in one properties file per object under the state directory, written
 * atomically (temporary file, fsync, rename: {@link ProviderConfigFile}). Keys: {@code state},
 * {@code input.<name>}, {@code value.<name>} and {@code row.<Table>.<i>.<name>} for table rows.
 */
public final class FileResultStore implements ResultStore {

    private static final System.Logger LOG = System.getLogger(FileResultStore.class.getName());

    private final ProviderConfigFile file;
    private final Path path;

    public FileResultStore(Path file) {
        this.path = file;
        this.file = new ProviderConfigFile(file, "diagnostics results");
    }

    @Override
    public Optional<SavedDiagnostic> load(TestResult template) {
        Map<String, String> saved = file.load();
        String state = saved.get("state");
        if (state == null) {
            return Optional.empty();
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>(template.values());
        Map<String, TreeMap<Integer, Map<String, String>>> rows = new LinkedHashMap<>();
        template.tables().keySet().forEach(t -> rows.put(t, new TreeMap<>()));
        for (Map.Entry<String, String> e : saved.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("input.")) {
                inputs.put(key.substring(6), e.getValue());
            } else if (key.startsWith("value.") && values.containsKey(key.substring(6))) {
                values.put(key.substring(6), e.getValue());
            } else if (key.startsWith("row.")) {
                putRow(rows, key.substring(4), e.getValue());
            }
        }
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        rows.forEach((t, r) -> tables.put(t, new ArrayList<>(r.values())));
        return Optional.of(new SavedDiagnostic(state, inputs, new TestResult(state, values, tables)));
    }

    /** "RouteHops.3.Host" into row 3 of table "RouteHops."; tables the template lacks are ignored. */
    private static void putRow(Map<String, TreeMap<Integer, Map<String, String>>> rows, String key, String value) {
        int nameDot = key.lastIndexOf('.');
        int indexDot = nameDot <= 0 ? -1 : key.lastIndexOf('.', nameDot - 1);
        if (indexDot <= 0) {
            return;
        }
        TreeMap<Integer, Map<String, String>> table = rows.get(key.substring(0, indexDot + 1));
        if (table == null) {
            return;
        }
        try {
            int i = Integer.parseInt(key.substring(indexDot + 1, nameDot));
            table.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(key.substring(nameDot + 1), value);
        } catch (NumberFormatException e) {
            // not a row key we wrote: ignored
        }
    }

    @Override
    public void save(SavedDiagnostic saved) {
        Map<String, String> out = new TreeMap<>();
        out.put("state", saved.state());
        saved.inputs().forEach((k, v) -> out.put("input." + k, v));
        saved.results().values().forEach((k, v) -> out.put("value." + k, v));
        saved.results().tables().forEach((table, list) -> {
            for (int i = 0; i < list.size(); i++) {
                int row = i + 1;
                list.get(i).forEach((k, v) -> out.put("row." + table + row + "." + k, v));
            }
        });
        try {
            file.save(out);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "diagnostics results could not be saved to " + path, e);
        }
    }
}
