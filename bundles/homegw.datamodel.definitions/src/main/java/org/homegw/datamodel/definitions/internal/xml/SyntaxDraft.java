package org.homegw.datamodel.definitions.internal.xml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.definitions.Access;
import org.homegw.datamodel.definitions.BaseType;
import org.homegw.datamodel.definitions.EnumerationValue;
import org.homegw.datamodel.definitions.ListSyntax;
import org.homegw.datamodel.definitions.Range;
import org.homegw.datamodel.definitions.Reference;
import org.homegw.datamodel.definitions.Size;
import org.homegw.datamodel.definitions.Syntax;

/**
 * A syntax being derived: starts from a base type or an inherited {@link Syntax}; each facet kind met
 * in the XML replaces the inherited facets of that kind (enumerations may instead be extended, for
 * vendor modifications of an existing parameter).
 */
final class SyntaxDraft {

    private BaseType baseType;
    private String dataType;
    private List<Size> sizes;
    private List<Range> ranges;
    private List<EnumerationValue> enumerations;
    private List<String> patterns;
    private ListSyntax list;
    private Reference reference;
    private String units;

    private SyntaxDraft(Syntax from) {
        baseType = from.baseType();
        dataType = from.dataType();
        sizes = from.sizes();
        ranges = from.ranges();
        enumerations = from.enumerations();
        patterns = from.patterns();
        list = from.list();
        reference = from.reference();
        units = from.units();
    }

    static SyntaxDraft of(BaseType type) {
        return new SyntaxDraft(Syntax.of(type));
    }

    static SyntaxDraft from(Syntax syntax) {
        return new SyntaxDraft(syntax);
    }

    SyntaxDraft dataType(String name) {
        dataType = name;
        return this;
    }

    SyntaxDraft baseType(BaseType type) {
        baseType = type;
        return this;
    }

    SyntaxDraft list(ListSyntax l) {
        list = l;
        return this;
    }

    /**
     * Applies the facet children of {@code container} (size, range, enumeration, pattern, units,
     * pathRef, instanceRef, enumerationRef); other children are ignored.
     *
     * @param extendEnumerations add enumeration values to the inherited ones instead of replacing them
     */
    SyntaxDraft applyFacets(XmlElement container, boolean extendEnumerations) {
        List<Size> newSizes = null;
        List<Range> newRanges = null;
        List<EnumerationValue> newEnums = null;
        List<String> newPatterns = null;
        for (XmlElement c : container.children) {
            if (isDeleted(c)) {
                continue;
            }
            switch (c.name) {
                case "size":
                    newSizes = add(newSizes, size(c));
                    break;
                case "range":
                    newRanges = add(newRanges, range(c));
                    break;
                case "enumeration":
                    newEnums = add(newEnums, new EnumerationValue(c.attr("value", ""),
                            c.attr("access") == null ? Access.READ_WRITE : access(c),
                            "true".equals(c.attr("optional"))));
                    break;
                case "pattern":
                    newPatterns = add(newPatterns, c.attr("value", ""));
                    break;
                case "units":
                    units = c.attr("value");
                    break;
                case "pathRef":
                    reference = new Reference.PathRef(splitList(c.attr("targetParent", "")),
                            "strong".equals(c.attr("refType")), c.attr("targetType", "any"));
                    break;
                case "instanceRef":
                    reference = new Reference.InstanceRef(c.attr("targetParent", ""), "strong".equals(c.attr("refType")));
                    break;
                case "enumerationRef":
                    reference = new Reference.EnumerationRef(c.attr("targetParam", ""), c.attr("nullValue"));
                    break;
                default:
                    break;
            }
        }
        if (newSizes != null) {
            sizes = newSizes;
        }
        if (newRanges != null) {
            ranges = newRanges;
        }
        if (newEnums != null) {
            if (extendEnumerations) {
                List<EnumerationValue> merged = new ArrayList<>(enumerations);
                merged.addAll(newEnums);
                enumerations = merged;
            } else {
                enumerations = newEnums;
            }
        }
        if (newPatterns != null) {
            patterns = newPatterns;
        }
        return this;
    }

    /**
     * A facet (enumeration value, size, pattern, default) with {@code status="deleted"} is no longer
     * part of the definition (e.g. DSL {@code 17b}, TR-098 {@code <size maxLength="31" status="deleted"/>}).
     * Deprecated and obsoleted facets still apply.
     */
    static boolean isDeleted(XmlElement facet) {
        return "deleted".equals(facet.attr("status"));
    }

    Syntax build() {
        return new Syntax(baseType, dataType, sizes, ranges, enumerations, patterns, list, reference, units);
    }

    /** Parses a {@code <list>} element with its optional {@code <size>} children. */
    static ListSyntax listSyntax(XmlElement e) {
        List<Size> sizes = new ArrayList<>();
        for (XmlElement s : e.children("size")) {
            if (!isDeleted(s)) {
                sizes.add(size(s));
            }
        }
        return new ListSyntax(optionalLong(e, "minItems"), optionalLong(e, "maxItems"), sizes);
    }

    private static Access access(XmlElement c) {
        try {
            return Access.fromXml(c.attr("access"));
        } catch (IllegalArgumentException e) {
            throw new DefinitionError(c, e.getMessage());
        }
    }

    private static Size size(XmlElement e) {
        return new Size(optionalLong(e, "minLength"), optionalLong(e, "maxLength"));
    }

    private static Range range(XmlElement e) {
        return new Range(optionalDecimal(e, "minInclusive"), optionalDecimal(e, "maxInclusive"), optionalDecimal(e, "step"));
    }

    private static Long optionalLong(XmlElement e, String attr) {
        String v = e.attr(attr);
        if (v == null || v.isEmpty() || "unbounded".equals(v)) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException ex) {
            throw new DefinitionError(e, attr + "=\"" + v + "\" is not a whole number");
        }
    }

    private static BigDecimal optionalDecimal(XmlElement e, String attr) {
        String v = e.attr(attr);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException ex) {
            throw new DefinitionError(e, attr + "=\"" + v + "\" is not a number");
        }
    }

    private static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.trim().split("\\s+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> l = list == null ? new ArrayList<>() : list;
        l.add(item);
        return l;
    }
}
