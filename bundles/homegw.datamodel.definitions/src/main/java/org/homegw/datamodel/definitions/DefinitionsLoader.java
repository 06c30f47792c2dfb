package org.homegw.datamodel.definitions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
     * Finds, among the compact files ({@code *.dmdefs}) of {@code dir}, the one to start from for the
     * given major model name, e.g. {@code Device:2} or {@code InternetGatewayDevice:1} (the
     * {@code datamodel} setting of {@code device.properties}): a file whose root model is, or (a compiled
     * vendor model) extends, that model; a standard model before a vendor one, then the highest minor
     * version. Only the file headers are read.
     *
     * @return the file, or empty when none matches
     */
    public Optional<Path> findCompact(Path dir, String rootMajorName) throws DefinitionsException {
        return best(headers(dir, rootMajorName)).map(Header::file);
    }

    /**
     * Loads the definitions of a device-config/datamodel folder: the base file {@link #findCompact}
     * picks, then, in file-name order, merged into it with {@link DataModelDefinitions#withExtension}:
     * every other compact file whose root model extends the same standard model (a compiled vendor
     * model, e.g. {@code X_000000_SmartPlug:2.19} based on {@code Device:2.19}), and every BBF-schema
     * vendor XML file ({@code *.xml}) whose models are based on it. An extension that does not fit
     * (another base version, a broken file) is skipped with an error in the log, so the device stays
     * manageable with the base model.
     *
     * @throws DefinitionsException when no base file matches or the base file cannot be loaded
     */
    public DataModelDefinitions loadFolder(Path dir, String rootMajorName) throws DefinitionsException {
        List<Header> headers = headers(dir, rootMajorName);
        Header base = best(headers).orElseThrow(
                () -> new DefinitionsException("no compact definitions of " + rootMajorName + " in " + dir));
        DataModelDefinitions model = load(base.file());
        String standard = model.models().get(0).standardName();
        for (Header h : headers) {
            if (h.equals(base)) {
                continue;
            }
            if (!h.isVendor()) {
                LOG.log(System.Logger.Level.INFO, "definitions file {0} ({1}) not used: {2} is loaded", h.file(),
                        h.name(), model.name());
                continue;
            }
            if (!h.standard().equals(standard)) {
                LOG.log(System.Logger.Level.ERROR, "definitions file {0} ({1}) is no extension of {2}, not loaded",
                        h.file(), h.name(), standard);
                continue;
            }
            model = extend(model, () -> load(h.file()), h.file());
        }
        for (Path f : files(dir, "*.xml")) {
            DataModelDefinitions current = model;
            model = extend(model, () -> {
                DataModelDefinitions merged = current;
                for (DataModelDefinitions m : xml.read(f, List.of(current))) {
                    if (m.models().get(0).base().isEmpty()) {
                        throw new DefinitionsException(m.name() + " is not a vendor model (no base=)");
                    }
                    merged = merged.withExtension(m);
                }
                return merged;
            }, f);
        }
        return model;
    }

    private interface DefinitionsSource {
        DataModelDefinitions get() throws DefinitionsException;
    }

    private static DataModelDefinitions extend(DataModelDefinitions model, DefinitionsSource extension, Path file) {
        try {
            DataModelDefinitions merged = model.withExtension(extension.get());
            LOG.log(System.Logger.Level.INFO, "Merged vendor definitions {0}: now {1}", file,
                    merged.models().stream().map(ModelInfo::name).toList());
            return merged;
        } catch (DefinitionsException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.ERROR, "vendor definitions {0} not loaded: {1}", file, e.getMessage());
            return model;
        }
    }

    /** What the header of a compact file says about its root model. */
    private record Header(Path file, String name, String standard, int minor) {
        boolean isVendor() {
            return !name.equals(standard);
        }
    }

    private static Optional<Header> best(List<Header> headers) {
        return headers.stream().max(Comparator.comparing((Header h) -> !h.isVendor()).thenComparingInt(Header::minor));
    }

    /** Compact files of {@code dir} (by file name) whose root model is or extends {@code rootMajorName}. */
    private static List<Header> headers(Path dir, String rootMajorName) throws DefinitionsException {
        List<Header> out = new ArrayList<>();
        try {
            for (Path f : files(dir, "*.dmdefs")) {
                List<String> m = rootModelRecord(f);
                if (m == null || m.size() < 2) {
                    continue;
                }
                String name = m.get(1);
                String standard = m.size() > 5 && m.get(5) != null && !m.get(5).isEmpty() ? m.get(5) : name;
                if (standard.startsWith(rootMajorName + ".")) {
                    int minor = minorVersion(standard.substring(rootMajorName.length() + 1));
                    if (minor >= 0) {
                        out.add(new Header(f, name, standard, minor));
                    }
                }
            }
        } catch (IOException e) {
            throw new DefinitionsException(dir + ": cannot list definitions: " + e.getMessage(), e);
        }
        return out;
    }

    private static List<Path> files(Path dir, String glob) throws DefinitionsException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            files.forEach(out::add);
        } catch (IOException e) {
            throw new DefinitionsException(dir + ": cannot list definitions: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    /** The fields of the first model ({@code M} record) of a compact file, or null if it is not one. */
    private static List<String> rootModelRecord(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || !line.startsWith(CompactText.MAGIC + "\t")) {
                return null;
            }
            for (int i = 0; i < 64 && (line = r.readLine()) != null; i++) {
                if (line.startsWith("M\t")) {
                    return CompactText.split(line);
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
