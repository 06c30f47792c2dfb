package org.homegw.itests.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * A vendor-style provider of {@code Device.Time.}, packed into a test bundle by
 * {@code ProviderBundleLifecycleIT}: it serves the parameter names its bundle's manifest lists and keeps
 * written values in its bundle's data area, which survives a bundle update.
 */
public final class TimeProvider extends AbstractParameterProvider {

    static final String OBJECT = "Device.Time.";

    private final List<String> names;
    private final Path file;
    private final Properties values = new Properties();

    TimeProvider(List<String> names, Path file) {
        this.names = List.copyOf(names);
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public synchronized Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        Map<String, String> out = new LinkedHashMap<>();
        if (OBJECT.equals(objectPath)) {
            for (String name : parameterNames) {
                if (names.contains(name)) {
                    out.put(name, values.getProperty(name, initial(name)));
                }
            }
        }
        return Outcome.success(out);
    }

    private static String initial(String name) {
        return switch (name) {
            case "Enable" -> "false";
            case "CurrentLocalTime" -> "0001-01-01T00:00:00Z";
            default -> "";
        };
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        for (ParameterWrite w : writes) {
            values.setProperty(w.path().substring(OBJECT.length()), w.value());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            values.store(out, null);
        } catch (IOException e) {
            return Outcome.failure(9002, "cannot save: " + e.getMessage());
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return Outcome.failure(9002, "cannot save: " + e.getMessage());
        }
        return Outcome.success(0);
    }
}
