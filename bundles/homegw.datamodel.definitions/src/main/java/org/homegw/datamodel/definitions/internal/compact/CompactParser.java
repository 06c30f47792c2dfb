package org.homegw.datamodel.definitions.internal.compact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.definitions.Access;
import org.homegw.datamodel.definitions.ActiveNotify;
import org.homegw.datamodel.definitions.BaseType;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DataTypeDefinition;
import org.homegw.datamodel.definitions.DefaultValue;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.definitions.EnumerationValue;
import org.homegw.datamodel.definitions.ListSyntax;
import org.homegw.datamodel.definitions.ModelInfo;
import org.homegw.datamodel.definitions.ObjectDefinition;
import org.homegw.datamodel.definitions.ParameterDefinition;
import org.homegw.datamodel.definitions.Range;
import org.homegw.datamodel.definitions.Reference;
import org.homegw.datamodel.definitions.Size;
import org.homegw.datamodel.definitions.Status;
import org.homegw.datamodel.definitions.Syntax;
import org.homegw.datamodel.definitions.UniqueKey;

/**
 * Parses the compact definitions text written by {@code CompactDefinitionsWriter}. Records that
 * continue an earlier one (facets of a syntax, keys of an object, the default of a parameter) are
 * collected until the next record of another kind. Not thread-safe; one instance per text.
 */
public final class CompactParser {

    private final String source;
    private final List<ModelInfo> models = new ArrayList<>();
    private final List<Syntax> syntaxes = new ArrayList<>();
    private final Map<String, DataTypeDefinition> types = new LinkedHashMap<>();
    private final List<ObjectDefinition> objects = new ArrayList<>();
    private final List<ParameterDefinition> parameters = new ArrayList<>();

    private SyntaxParts syntax;
    private List<String> object;
    private List<UniqueKey> keys;
    private String objectPath;
    private List<String> parameter;
    private DefaultValue dflt;
    private int lineNo;
    private boolean ended;

    public CompactParser(String source) {
        this.source = source;
    }

    /** Parses the whole text. */
    public DataModelDefinitions parse(String text) throws DefinitionsException {
        int start = 0;
        try {
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                // tolerate CRLF (a checkout that converted line ends); no field ends in a raw CR
                int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                lineNo++;
                line(text.substring(start, lineEnd));
                start = end + 1;
            }
            if (!ended) {
                throw new IllegalArgumentException("truncated: no END record");
            }
            return new DataModelDefinitions(models, objects, parameters, types);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new DefinitionsException(source + " line " + lineNo + ": " + e.getMessage(), e);
        }
    }

    private void line(String line) {
        if (lineNo == 1) {
            if (!line.equals(CompactText.MAGIC + "\t" + CompactText.VERSION)) {
                throw new IllegalArgumentException("not a compact definitions file of version " + CompactText.VERSION);
            }
            return;
        }
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (ended) {
            throw new IllegalArgumentException("data after END");
        }
        List<String> f = CompactText.split(line);
        String tag = req(f, 0);
        if (!tag.startsWith("S") || tag.equals("S")) {
            finishSyntax();
        }
        if (!tag.equals("D")) {
            finishParameter();
        }
        if (!tag.equals("K") && !tag.equals("P") && !tag.equals("D")) {
            finishObject();
        }
        switch (tag) {
            case "M" -> models.add(new ModelInfo(req(f, 1), req(f, 2), "1".equals(req(f, 3)), req(f, 4),
                    f.size() > 5 ? f.get(5) : ""));
            case "S" -> syntax = new SyntaxParts(baseType(req(f, 1)), f.get(2), f.get(3));
            case "SZ" -> syntaxParts().sizes.add(new Size(number(f.get(1)), number(f.get(2))));
            case "SR" -> syntaxParts().ranges.add(new Range(decimal(f.get(1)), decimal(f.get(2)), decimal(f.get(3))));
            case "SE" -> syntaxParts().enumerations.add(new EnumerationValue(req(f, 1),
                    req(f, 2).contains("r") ? Access.READ_ONLY : Access.READ_WRITE, req(f, 2).contains("o")));
            case "SP" -> syntaxParts().patterns.add(req(f, 1));
            case "SL" -> {
                syntaxParts().listMin = number(f.get(1));
                syntax.listMax = number(f.get(2));
                syntax.list = true;
            }
            case "SLZ" -> syntaxParts().listSizes.add(new Size(number(f.get(1)), number(f.get(2))));
            case "SRP" -> syntaxParts().reference = new Reference.PathRef(reqFrom(f, 3), "1".equals(req(f, 1)), req(f, 2));
            case "SRI" -> syntaxParts().reference = new Reference.InstanceRef(req(f, 1), "1".equals(req(f, 2)));
            case "SRE" -> syntaxParts().reference = new Reference.EnumerationRef(req(f, 1), f.get(2));
            case "T" -> types.put(req(f, 1), new DataTypeDefinition(req(f, 1), f.get(2), syntaxAt(req(f, 3))));
            case "O" -> {
                for (int i : new int[] {1, 2, 3, 4, 7}) {
                    req(f, i);
                }
                object = f;
                keys = new ArrayList<>();
                objectPath = f.get(1);
            }
            case "K" -> {
                if (object == null) {
                    throw new IllegalArgumentException("unique key outside an object");
                }
                keys.add(new UniqueKey(reqFrom(f, 2), "1".equals(req(f, 1))));
            }
            case "P" -> {
                finishObject();
                if (objectPath == null) {
                    throw new IllegalArgumentException("parameter before any object");
                }
                for (int i = 1; i <= 6; i++) {
                    req(f, i);
                }
                parameter = f;
            }
            case "D" -> {
                if (parameter == null) {
                    throw new IllegalArgumentException("default outside a parameter");
                }
                dflt = new DefaultValue(DefaultValue.Kind.fromXml(req(f, 1)), req(f, 2));
            }
            case "END" -> {
                ended = true;
                check("objects", req(f, 1), objects.size());
                check("parameters", req(f, 2), parameters.size());
                check("syntaxes", req(f, 3), syntaxes.size());
                check("data types", req(f, 4), types.size());
            }
            default -> throw new IllegalArgumentException("unknown record " + tag);
        }
    }

    private SyntaxParts syntaxParts() {
        if (syntax == null) {
            throw new IllegalArgumentException("facet outside a syntax");
        }
        return syntax;
    }

    private void finishSyntax() {
        if (syntax != null) {
            syntaxes.add(syntax.build());
            syntax = null;
        }
    }

    private void finishObject() {
        if (object == null) {
            return;
        }
        List<String> f = object;
        object = null;
        objects.add(new ObjectDefinition(f.get(1), access(f.get(2)), Long.parseLong(f.get(3)),
                "unbounded".equals(f.get(4)) ? ObjectDefinition.UNBOUNDED : Long.parseLong(f.get(4)),
                f.get(5), f.get(6), keys, f.get(7).isEmpty() ? Status.CURRENT : Status.fromXml(f.get(7))));
    }

    private void finishParameter() {
        if (parameter == null) {
            return;
        }
        List<String> f = parameter;
        parameter = null;
        String flags = f.get(4);
        parameters.add(new ParameterDefinition(objectPath + f.get(1), access(f.get(2)), syntaxAt(f.get(3)), dflt,
                flags.indexOf('f') >= 0,
                f.get(5).isEmpty() ? ActiveNotify.NORMAL : ActiveNotify.fromXml(f.get(5)),
                f.get(6).isEmpty() ? Status.CURRENT : Status.fromXml(f.get(6)),
                flags.indexOf('h') >= 0, flags.indexOf('s') >= 0, flags.indexOf('c') >= 0));
        dflt = null;
    }

    private Syntax syntaxAt(String index) {
        int i = Integer.parseInt(index);
        if (i < 0 || i >= syntaxes.size()) {
            throw new IllegalArgumentException("syntax #" + i + " is not defined");
        }
        return syntaxes.get(i);
    }

    /** Field {@code i}, which must be present and not {@code \\-}. */
    private static String req(List<String> f, int i) {
        String v = f.get(i);
        if (v == null) {
            throw new IllegalArgumentException("field " + i + " must not be absent");
        }
        return v;
    }

    /** Fields from {@code i} on, none of them absent. */
    private static List<String> reqFrom(List<String> f, int i) {
        for (int k = i; k < f.size(); k++) {
            req(f, k);
        }
        return f.subList(i, f.size());
    }

    private static void check(String what, String expected, int actual) {
        if (Integer.parseInt(expected) != actual) {
            throw new IllegalArgumentException("END says " + expected + " " + what + " but " + actual + " were read");
        }
    }

    private static Access access(String code) {
        return switch (code) {
            case "r" -> Access.READ_ONLY;
            case "w" -> Access.READ_WRITE;
            default -> throw new IllegalArgumentException("bad access code " + code);
        };
    }

    private static BaseType baseType(String name) {
        BaseType t = BaseType.fromXml(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown base type " + name);
        }
        return t;
    }

    private static Long number(String s) {
        return s == null ? null : Long.valueOf(s);
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** Facets of the syntax being read. */
    private static final class SyntaxParts {
        final BaseType baseType;
        final String dataType;
        final String units;
        final List<Size> sizes = new ArrayList<>();
        final List<Range> ranges = new ArrayList<>();
        final List<EnumerationValue> enumerations = new ArrayList<>();
        final List<String> patterns = new ArrayList<>();
        final List<Size> listSizes = new ArrayList<>();
        boolean list;
        Long listMin;
        Long listMax;
        Reference reference;

        SyntaxParts(BaseType baseType, String dataType, String units) {
            this.baseType = baseType;
            this.dataType = dataType;
            this.units = units;
        }

        Syntax build() {
            return new Syntax(baseType, dataType, sizes, ranges, enumerations, patterns,
                    list ? new ListSyntax(listMin, listMax, listSizes) : null, reference, units);
        }
    }
}
