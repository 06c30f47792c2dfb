package org.homegw.datamodel.definitions.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DataTypeDefinition;
import org.homegw.datamodel.definitions.DefinitionsException;

/**
 * Loads BBF data-model documents: parses safely, follows {@code <import file=...>} of data types and
 * models to files in the same directory (when present), and reads every {@code <model>}.
 * One loader instance caches the documents it has read; it is not thread-safe.
 */
public final class BbfDocumentLoader {

    private static final int MAX_DEPTH = 64;

    /** BBF names imports without the corrigendum number ({@code tr-157-1-9.xml} for {@code tr-157-1-9-0.xml}). */
    private static final Pattern WITHOUT_CORRIGENDUM = Pattern.compile("(tr-\\d+-\\d+-\\d+)((?:-[a-z]+)*)\\.xml");

    private final long maxBytes;
    private final SecureXmlTreeReader xml;
    private final Map<Path, Loaded> cache = new HashMap<>();
    private final Set<Path> inProgress = new HashSet<>();

    /** What one document provides: its models in document order and its data types. */
    public record Loaded(List<DataModelDefinitions> models, Map<String, DataTypeDefinition> dataTypes) {
    }

    public BbfDocumentLoader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.xml = new SecureXmlTreeReader(maxBytes, MAX_DEPTH);
    }

    /**
     * Loads a document file.
     *
     * @param known models a {@code base=} may name besides those of the file and its imports
     */
    public Loaded load(Path file, Function<String, DataModelDefinitions> known) throws DefinitionsException {
        Path key = file.toAbsolutePath().normalize();
        Loaded done = cache.get(key);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(key)) {
            throw new DefinitionsException(file + ": import cycle");
        }
        try {
            long size = Files.size(key);
            if (size > maxBytes) {
                throw new DefinitionsException(file + ": " + size + " bytes is larger than the limit of " + maxBytes + " bytes");
            }
            XmlElement root;
            try (InputStream in = Files.newInputStream(key)) {
                root = xml.read(in, file.toString());
            }
            Loaded loaded = assemble(root, file.toString(), key.getParent(), known);
            cache.put(key, loaded);
            return loaded;
        } catch (IOException e) {
            throw new DefinitionsException(file + ": cannot read: " + e.getMessage(), e);
        } finally {
            inProgress.remove(key);
        }
    }

    /** Loads a document from a stream; imports are not followed (there is no directory). */
    public Loaded load(InputStream in, String source, Function<String, DataModelDefinitions> known)
            throws DefinitionsException {
        return assemble(xml.read(in, source), source, null, known);
    }

    private Loaded assemble(XmlElement root, String source, Path dir, Function<String, DataModelDefinitions> known)
            throws DefinitionsException {
        if (!"document".equals(root.name)) {
            throw new DefinitionsException(source + ": root element <" + root.name
                    + "> is not a BBF data-model <document>");
        }
        Map<String, DataTypeDefinition> importedTypes = new LinkedHashMap<>();
        Map<String, DataModelDefinitions> importedModels = new HashMap<>();
        if (dir != null) {
            readImports(root, dir, known, importedTypes, importedModels);
        }
        try {
            DataTypeResolver types = new DataTypeResolver(root, importedTypes);
            List<DataModelDefinitions> models = new ArrayList<>();
            Map<String, DataModelDefinitions> mine = new HashMap<>();
            ModelReader reader = new ModelReader(types, name -> {
                DataModelDefinitions m = mine.get(name);
                if (m == null) {
                    m = importedModels.get(name);
                }
                return m != null ? m : known.apply(name);
            });
            for (XmlElement m : root.children("model")) {
                DataModelDefinitions model = reader.read(m, root.attr("spec"));
                models.add(model);
                mine.put(model.name(), model);
            }
            return new Loaded(List.copyOf(models), types.all());
        } catch (DefinitionError e) {
            throw new DefinitionsException(source + (e.line > 0 ? " line " + e.line : "") + ": " + e.getMessage(), e);
        }
    }

    /**
     * The imported file in {@code dir}: the exact name, else (as the BBF tools do) the highest
     * corrigendum of that issue/amendment. Null when absent or when the name would leave the directory.
     */
    static Path besideOrNull(Path dir, String file) throws DefinitionsException {
        Path target = dir.resolve(file).normalize();
        if (!dir.equals(target.getParent())) {
            return null;
        }
        if (Files.isRegularFile(target)) {
            return target;
        }
        Matcher m = WITHOUT_CORRIGENDUM.matcher(file);
        if (!m.matches()) {
            return null;
        }
        Pattern corrigendum = Pattern.compile(Pattern.quote(m.group(1)) + "-(\\d+)" + Pattern.quote(m.group(2)) + "\\.xml");
        Path best = null;
        int bestNumber = -1;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, m.group(1) + "-*.xml")) {
            for (Path candidate : files) {
                Matcher c = corrigendum.matcher(candidate.getFileName().toString());
                if (c.matches() && Integer.parseInt(c.group(1)) > bestNumber && Files.isRegularFile(candidate)) {
                    bestNumber = Integer.parseInt(c.group(1));
                    best = candidate;
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new DefinitionsException(dir + ": cannot look for import " + file + ": " + e.getMessage(), e);
        }
        return best;
    }

    private void readImports(XmlElement root, Path dir, Function<String, DataModelDefinitions> known,
            Map<String, DataTypeDefinition> types, Map<String, DataModelDefinitions> models) throws DefinitionsException {
        for (XmlElement imp : root.children("import")) {
            List<XmlElement> wantedTypes = imp.children("dataType");
            List<XmlElement> wantedModels = imp.children("model");
            String file = imp.attr("file");
            if (file == null || (wantedTypes.isEmpty() && wantedModels.isEmpty())) {
                continue; // bibliography and component imports: nothing the definitions need
            }
            Path target = besideOrNull(dir, file);
            if (target == null) {
                continue;
            }
            Loaded other = load(target, known);
            for (XmlElement t : wantedTypes) {
                String name = t.attr("name");
                DataTypeDefinition def = other.dataTypes().get(t.attr("ref", name));
                if (name != null && def != null) {
                    types.putIfAbsent(name, def);
                }
            }
            for (XmlElement m : wantedModels) {
                String name = m.attr("name");
                for (DataModelDefinitions candidate : other.models()) {
                    if (candidate.name().equals(m.attr("ref", name))) {
                        models.put(name, candidate);
                    }
                }
            }
        }
    }
}
