package org.homegw.datamodel.internal.osgi;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.homegw.datamodel.definitions.BbfXmlReader;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;

/**
 * Finds and loads the definitions the configuration asks for: an explicit file (compact or BBF XML,
 * with optional service-model XML files mounted under "{root}Services."), or else the newest shipped
 * compact file for the configured model (Device:2 or InternetGatewayDevice:1, recognised by the
 * file's content) in {@code <config dir>/datamodel/}.
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
        DataModelDefinitions definitions = config.definitions().isBlank() ? newestCompact(modelDir, model)
                : new DefinitionsLoader().load(modelDir.resolve(config.definitions().trim()));
        String mountPoint = definitions.root().path() + "Services.";
        BbfXmlReader xml = new BbfXmlReader();
        for (String service : config.serviceModels()) {
            Path serviceFile = modelDir.resolve(service.trim());
            for (DataModelDefinitions mounted : xml.read(serviceFile, List.of(definitions))) {
                definitions = definitions.mount(mounted, mountPoint);
            }
        }
        if (!definitions.name().startsWith(model + ".")) {
            LOG.log(System.Logger.Level.WARNING, "definitions in {0} hold {1}, not the configured {2}",
                    modelDir, definitions.name(), model);
        }
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

    /**
     * The shipped compact file whose root model is the newest minor version of {@code model}, with the
     * vendor extensions of the folder merged in ({@link DefinitionsLoader#loadFolder}).
     */
    static DataModelDefinitions newestCompact(Path dir, String model) throws DefinitionsException {
        if (!model.equals("Device:2") && !model.equals("InternetGatewayDevice:1")) {
            throw new DefinitionsException("unknown model " + model + " (Device:2 or InternetGatewayDevice:1)");
        }
        return new DefinitionsLoader().loadFolder(dir, model);
    }
}
