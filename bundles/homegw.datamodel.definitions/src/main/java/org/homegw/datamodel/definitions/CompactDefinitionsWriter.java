package org.homegw.datamodel.definitions;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.definitions.internal.compact.CompactText;

/**
 * Writes {@link DataModelDefinitions} in the compact definitions format read by
 * {@link CompactDefinitionsReader}: UTF-8 text, one record per line, TAB-separated fields, facts only
 * (no descriptions). Identical syntaxes are written once and referred to by number. The output is a
 * pure function of the model (plus the given comment lines), so regenerating gives identical bytes.
 *
 * <p>Records, in order: {@code homegw-definitions 1}; {@code #} comments; {@code M} models; {@code S}
 * syntaxes, each followed by its facets ({@code SZ} size, {@code SR} range, {@code SE} enumeration,
 * {@code SP} pattern, {@code SL}/{@code SLZ} list and list size, {@code SRP}/{@code SRI}/{@code SRE}
 * references); {@code T} named data types; {@code O} objects, each followed by its {@code K} unique keys
 * and {@code P} parameters (with an optional {@code D} default); and {@code END} with the counts.
 */
public final class CompactDefinitionsWriter {

    /** Returns the compact text of {@code model}, starting with the given comment lines (without "#"). */
    public String toText(DataModelDefinitions model, List<String> comments) {
        StringBuilder out = new StringBuilder(1 << 20);
        out.append(CompactText.MAGIC).append('\t').append(CompactText.VERSION).append('\n');
        for (String c : comments) {
            out.append("# ").append(c.replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
        for (ModelInfo m : model.models()) {
            if (m.base().isEmpty()) {
                record(out, "M", m.name(), m.spec(), m.service() ? "1" : "0", m.mountPoint());
            } else {
                // the base field is only written for vendor models, so standard files stay as they were
                record(out, "M", m.name(), m.spec(), m.service() ? "1" : "0", m.mountPoint(), m.base());
            }
        }
        Map<Syntax, Integer> syntaxes = new HashMap<>();
        for (DataTypeDefinition t : model.dataTypes().values()) {
            syntaxIndex(out, syntaxes, t.syntax());
        }
        for (ParameterDefinition p : model.parameters()) {
            syntaxIndex(out, syntaxes, p.syntax());
        }
        for (DataTypeDefinition t : model.dataTypes().values()) {
            record(out, "T", t.name(), t.baseName(), Integer.toString(syntaxes.get(t.syntax())));
        }
        for (ObjectDefinition o : model.objects()) {
            record(out, "O", o.path(), access(o.access()), Long.toString(o.minEntries()),
                    o.isUnbounded() ? "unbounded" : Long.toString(o.maxEntries()), o.numEntriesParameter(),
                    o.enableParameter(), o.status() == Status.CURRENT ? "" : o.status().xmlName());
            for (UniqueKey k : o.uniqueKeys()) {
                out.append("K\t").append(k.functional() ? "1" : "0");
                for (String p : k.parameters()) {
                    out.append('\t');
                    CompactText.append(out, p);
                }
                out.append('\n');
            }
            for (ParameterDefinition p : model.parametersOf(o.path())) {
                record(out, "P", p.name(), access(p.access()), Integer.toString(syntaxes.get(p.syntax())), flags(p),
                        p.activeNotify() == ActiveNotify.NORMAL ? "" : p.activeNotify().xmlName(),
                        p.status() == Status.CURRENT ? "" : p.status().xmlName());
                if (p.defaultValue() != null) {
                    record(out, "D", p.defaultValue().kind().xmlName(), p.defaultValue().value());
                }
            }
        }
        record(out, "END", Integer.toString(model.objects().size()), Integer.toString(model.parameters().size()),
                Integer.toString(syntaxes.size()), Integer.toString(model.dataTypes().size()));
        return out.toString();
    }

    /** Writes {@code model} to {@code out} (not closed). */
    public void write(DataModelDefinitions model, List<String> comments, OutputStream out) throws IOException {
        out.write(toText(model, comments).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code model} to {@code file} atomically: a temporary file beside it is written, forced to
     * disk and renamed over the target, so readers see the old or the new file, never a partial one.
     */
    public void write(DataModelDefinitions model, List<String> comments, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // shipped configuration: readable by all (createTempFile makes it owner-only)
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(toText(model, comments).getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static int syntaxIndex(StringBuilder out, Map<Syntax, Integer> syntaxes, Syntax s) {
        Integer known = syntaxes.get(s);
        if (known != null) {
            return known;
        }
        int index = syntaxes.size();
        syntaxes.put(s, index);
        record(out, "S", s.baseType().xmlName(), s.dataType(), s.units());
        for (Size z : s.sizes()) {
            record(out, "SZ", number(z.minLength()), number(z.maxLength()));
        }
        for (Range r : s.ranges()) {
            record(out, "SR", decimal(r.minInclusive()), decimal(r.maxInclusive()), decimal(r.step()));
        }
        for (EnumerationValue e : s.enumerations()) {
            record(out, "SE", e.value(), (e.access() == Access.READ_ONLY ? "r" : "") + (e.optional() ? "o" : ""));
        }
        for (String p : s.patterns()) {
            record(out, "SP", p);
        }
        if (s.list() != null) {
            record(out, "SL", number(s.list().minItems()), number(s.list().maxItems()));
            for (Size z : s.list().sizes()) {
                record(out, "SLZ", number(z.minLength()), number(z.maxLength()));
            }
        }
        if (s.reference() instanceof Reference.PathRef p) {
            out.append("SRP\t").append(p.strong() ? "1" : "0").append('\t');
            CompactText.append(out, p.targetType());
            for (String parent : p.targetParents()) {
                out.append('\t');
                CompactText.append(out, parent);
            }
            out.append('\n');
        } else if (s.reference() instanceof Reference.InstanceRef i) {
            record(out, "SRI", i.targetParent(), i.strong() ? "1" : "0");
        } else if (s.reference() instanceof Reference.EnumerationRef e) {
            record(out, "SRE", e.targetParam(), e.nullValue());
        }
        return index;
    }

    private static String flags(ParameterDefinition p) {
        return (p.forcedInform() ? "f" : "") + (p.hidden() ? "h" : "") + (p.secured() ? "s" : "") + (p.command() ? "c" : "");
    }

    private static String access(Access a) {
        return a == Access.READ_WRITE ? "w" : "r";
    }

    private static String number(Long n) {
        return n == null ? null : n.toString();
    }

    private static String decimal(BigDecimal d) {
        return d == null ? null : d.toString();
    }

    private static void record(StringBuilder out, String tag, String... fields) {
        out.append(tag);
        for (String f : fields) {
            out.append('\t');
            CompactText.append(out, f);
        }
        out.append('\n');
    }
}
