package org.homegw.datamodel.definitions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.homegw.datamodel.definitions.internal.compact.CompactText;

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
     * Finds, among the compact files ({@code *.dmdefs}) of {@code dir}, the one whose root model has the
     * given major name, e.g. {@code Device:2} or {@code InternetGatewayDevice:1} (the {@code datamodel}
     * setting of {@code device.properties}); with several, the highest minor version wins. Only the
     * file headers are read.
     *
     * @return the file, or empty when none matches
     */
    public Optional<Path> findCompact(Path dir, String rootMajorName) throws DefinitionsException {
        Path best = null;
        int bestMinor = -1;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.dmdefs")) {
            for (Path f : files) {
                String root = rootModelName(f);
                if (root == null || !root.startsWith(rootMajorName + ".")) {
                    continue;
                }
                int minor = minorVersion(root.substring(rootMajorName.length() + 1));
                if (minor > bestMinor) {
                    bestMinor = minor;
                    best = f;
                }
            }
        } catch (IOException e) {
            throw new DefinitionsException(dir + ": cannot list definitions: " + e.getMessage(), e);
        }
        return Optional.ofNullable(best);
    }

    /** The name of the first model ({@code M} record) of a compact file, or null if it is not one. */
    private static String rootModelName(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || !line.startsWith(CompactText.MAGIC + "\t")) {
                return null;
            }
            for (int i = 0; i < 64 && (line = r.readLine()) != null; i++) {
                if (line.startsWith("M\t")) {
                    List<String> f = CompactText.split(line);
                    return f.size() > 1 ? f.get(1) : null;
                }
            }
            return null;
        }
    }

    private static int minorVersion(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
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
