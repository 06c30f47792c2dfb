package org.homegw.datamodel.internal.osgi;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.homegw.datamodel.definitions.BbfXmlReader;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;

/**
 * Finds and loads the definitions the configuration asks for: an explicit file (compact or BBF XML,
 * with optional service-model XML files mounted under "{root}Services."), or else the newest shipped
 * compact file for the configured model ("device-*.dmdefs" for Device:2, "igd-*.dmdefs" for
 * InternetGatewayDevice:1) in {@code <config dir>/datamodel/}.
 */
final class DefinitionsLocator {

    private static final System.Logger LOG = System.getLogger(DefinitionsLocator.class.getName());

    private DefinitionsLocator() {
    }

    /** The device.properties key the launcher's device configuration uses for the model. */
    static final String DEVICE_PROPERTY = "datamodel";
    static final String DEFAULT_MODEL = "Device:2";

    static SchemaTree load(DataModelConfig config, Path configDir) throws DefinitionsException {
        Path modelDir = configDir.resolve("datamodel");
        String model = model(config, configDir);
        Path file = config.definitions().isBlank() ? newestCompact(modelDir, model)
                : modelDir.resolve(config.definitions().trim());
        DataModelDefinitions definitions = new DefinitionsLoader().load(file);
        String mountPoint = definitions.root().path() + "Services.";
        BbfXmlReader xml = new BbfXmlReader();
        for (String service : config.serviceModels()) {
            Path serviceFile = modelDir.resolve(service.trim());
            for (DataModelDefinitions mounted : xml.read(serviceFile, List.of(definitions))) {
                definitions = definitions.mount(mounted, mountPoint);
            }
        }
        if (!definitions.name().startsWith(model + ".")) {
            LOG.log(System.Logger.Level.WARNING, "definitions file {0} holds {1}, not the configured {2}",
                    file, definitions.name(), model);
        }
        LOG.log(System.Logger.Level.INFO, "loaded {0} from {1}", definitions.models(), file);
        return DefinitionsAdapter.toTree(definitions);
    }

    /** The configured model, else device.properties' datamodel=, else Device:2. */
    static String model(DataModelConfig config, Path configDir) {
        if (!config.model().isBlank()) {
            return config.model().trim();
        }
        Path deviceProperties = configDir.resolve("device.properties");
        if (Files.isRegularFile(deviceProperties)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(deviceProperties, StandardCharsets.UTF_8)) {
                p.load(in);
                String value = p.getProperty(DEVICE_PROPERTY);
                if (value != null && !value.isBlank()) {
                    return value.trim();
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot read {0}: {1}", deviceProperties, e.getMessage());
            }
        }
        return DEFAULT_MODEL;
    }

    static Path newestCompact(Path dir, String model) throws DefinitionsException {
        String prefix = switch (model.trim()) {
            case "Device:2" -> "device-";
            case "InternetGatewayDevice:1" -> "igd-";
            default -> throw new DefinitionsException("unknown model " + model + " (Device:2 or InternetGatewayDevice:1)");
        };
        try (Stream<Path> files = Files.list(dir)) {
            Optional<Path> newest = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".dmdefs");
            }).max(Comparator.comparing(p -> version(p.getFileName().toString(), prefix)));
            return newest.orElseThrow(() -> new DefinitionsException("no " + prefix + "*.dmdefs in " + dir));
        } catch (IOException e) {
            throw new DefinitionsException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** "device-2.19.dmdefs" → a key that sorts 2.19 above 2.9. */
    private static String version(String name, String prefix) {
        String v = name.substring(prefix.length(), name.length() - ".dmdefs".length());
        StringBuilder key = new StringBuilder();
        for (String part : v.split("\\.")) {
            key.append(String.format("%08d", part.chars().allMatch(Character::isDigit) && !part.isEmpty()
                    ? Integer.parseInt(part) : 0));
        }
        return key.toString();
    }
}
