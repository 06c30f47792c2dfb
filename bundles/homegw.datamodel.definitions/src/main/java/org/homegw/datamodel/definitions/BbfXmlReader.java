package org.homegw.datamodel.definitions;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.homegw.datamodel.definitions.internal.xml.BbfDocumentLoader;

/**
 * Reads Broadband Forum data-model XML (flattened "full" files such as {@code tr-181-2-19-1-cwmp-full.xml},
 * and vendor files in the same schema) into {@link DataModelDefinitions}.
 *
 * <p>Parsing is safe for untrusted input: a DOCTYPE is refused (so no DTD, no external entities, no
 * entity expansion), input over {@link #maxBytes()} is refused, nesting is limited. The reader does
 * not care which {@code cwmp:datamodel-1-x} namespace a file uses and trims attribute values (BBF
 * files carry trailing blanks in some names). Named data types come from the file itself or from
 * {@code <import file=...>} of files in the same directory (e.g. {@code tr-106-types.xml}).
 *
 * <p>Vendor extensions: a {@code <model base="Device:2.19">} starts from that model (from the same
 * file, an import beside it, or the {@code knownModels} passed in), {@code <object base=...>} and
 * {@code <parameter base=...>} modify existing definitions. Component files that are not flattened
 * are refused with a message. Each call works on its own state, so one reader may be shared by threads.
 */
public final class BbfXmlReader {

    /** Default input limit: 64 MiB (the largest BBF full file is under 5 MB). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    /** A reader with the {@link #DEFAULT_MAX_BYTES} limit. */
    public BbfXmlReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader refusing files (including imports) over {@code maxBytes}. */
    public BbfXmlReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** The input size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads every model of {@code file}, in document order (may be empty for a types-only file). */
    public List<DataModelDefinitions> read(Path file) throws DefinitionsException {
        return read(file, List.of());
    }

    /**
     * Reads every model of {@code file}; a model with {@code base=} may extend one of {@code knownModels}
     * (matched by name, e.g. {@code Device:2.19}).
     */
    public List<DataModelDefinitions> read(Path file, Collection<DataModelDefinitions> knownModels)
            throws DefinitionsException {
        return new BbfDocumentLoader(maxBytes).load(file, lookup(knownModels)).models();
    }

    /**
     * Reads a file that must define exactly one model.
     *
     * @throws DefinitionsException also when the file holds no model or several
     */
    public DataModelDefinitions readModel(Path file) throws DefinitionsException {
        List<DataModelDefinitions> models = read(file);
        if (models.size() != 1) {
            throw new DefinitionsException(file + ": expected exactly one <model>, found " + models.size());
        }
        return models.get(0);
    }

    /**
     * Reads every model from a stream (not closed). Imports are not followed, so the document must
     * define the data types it uses.
     *
     * @param source name used in error messages
     */
    public List<DataModelDefinitions> read(InputStream in, String source, Collection<DataModelDefinitions> knownModels)
            throws DefinitionsException {
        return new BbfDocumentLoader(maxBytes).load(in, source, lookup(knownModels)).models();
    }

    private static Function<String, DataModelDefinitions> lookup(Collection<DataModelDefinitions> known) {
        List<DataModelDefinitions> copy = List.copyOf(known);
        return name -> copy.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }
}
