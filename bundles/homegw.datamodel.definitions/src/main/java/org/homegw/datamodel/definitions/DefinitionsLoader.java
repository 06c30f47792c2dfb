package org.homegw.datamodel.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the definitions a device runs with from one file, whichever form it has: the compact file the
 * distribution ships ({@code device-config/datamodel/*.dmdefs}) or a BBF/vendor XML file holding one
 * model (for a firmware builder pointing the gateway at a newer BBF release). The form is recognised
 * by the file's first bytes, not its name.
 */
public final class DefinitionsLoader {

    private static final System.Logger LOG = System.getLogger(DefinitionsLoader.class.getName());

    private final BbfXmlReader xml;
    private final CompactDefinitionsReader compact;

    /** A loader with the default size limits. */
    public DefinitionsLoader() {
        this(new BbfXmlReader(), new CompactDefinitionsReader());
    }

    public DefinitionsLoader(BbfXmlReader xml, CompactDefinitionsReader compact) {
        this.xml = xml;
        this.compact = compact;
    }

    /**
     * Loads {@code file}.
     *
     * @throws DefinitionsException if the file cannot be read, is refused, or (XML) holds not exactly one model
     */
    public DataModelDefinitions load(Path file) throws DefinitionsException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(32);
        } catch (IOException e) {
            throw new DefinitionsException(file + ": cannot read: " + e.getMessage(), e);
        }
        long t0 = System.nanoTime();
        boolean isCompact = CompactDefinitionsReader.isCompact(start);
        DataModelDefinitions model = isCompact ? compact.read(file) : xml.readModel(file);
        LOG.log(System.Logger.Level.INFO, "Loaded data-model definitions {0} from {1} file {2}: {3} objects, {4} parameters in {5} ms",
                model.models().stream().map(ModelInfo::name).toList(), isCompact ? "compact" : "BBF XML", file,
                String.valueOf(model.objects().size()), String.valueOf(model.parameters().size()),
                String.valueOf((System.nanoTime() - t0) / 1_000_000));
        return model;
    }
}
