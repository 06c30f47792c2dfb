package org.homegw.datamodel.internal.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.schema.ListFacet;
import org.homegw.datamodel.internal.schema.Range;
import org.homegw.datamodel.internal.schema.Size;
import org.homegw.datamodel.internal.schema.Syntax;

/**
 * Checks a value against a parameter's syntax and brings it into canonical form. Text that is not a
 * value of the base type is 9006; a value of the type that breaks a facet (range, step, size,
 * enumeration, pattern, list item count) is 9007. Whitespace around a value is ignored only for the
 * base types whose lexical form allows it (numbers, boolean, dateTime, base64, hexBinary: XML Schema
 * collapses it); a string keeps every blank, whatever its facets, because blanks can be its content
 * (Device.WiFi.Radio.{i}.RegulatoryDomain "DE " = all environments). In a list, blanks next to the
 * separating commas are list formatting and dropped (MEM, TR-106 3.2.3 not verified here: "a, b" is
 * the list a,b), blanks inside an item are kept.
 */
public final class ValueCodec {

    private static final System.Logger LOG = System.getLogger(ValueCodec.class.getName());
    private static final Pattern ANY = Pattern.compile("(?s).*");

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /** Validates a value sent by the ACS or the shell; answers its canonical form. */
    public Outcome<String> accept(Syntax syntax, String raw) {
        if (raw == null) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_TYPE, "Missing value");
        }
        if (!syntax.isList()) {
            return acceptItem(syntax, raw, syntax.sizes());
        }
        ListFacet list = syntax.list();
        List<String> items = splitList(raw);
        if (items.size() < list.minItems() || list.maxItems() != null && items.size() > list.maxItems()) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, "List has " + items.size()
                    + " items, allowed " + list.minItems() + ".." + (list.maxItems() == null ? "" : list.maxItems()));
        }
        List<String> canonical = new ArrayList<>(items.size());
        for (String item : items) {
            Outcome<String> one = acceptItem(syntax, item, list.itemSizes());
            if (!one.isSuccess()) {
                return one;
            }
            canonical.add(one.value());
        }
        String joined = String.join(",", canonical);
        if (!fitsSize(syntax.sizes(), joined.length())) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                    "List length " + joined.length() + " outside " + syntax.sizes());
        }
        return Outcome.success(joined);
    }

    /**
     * Canonical form of a value a provider reported; a provider value that does not parse is passed on
     * as it is (and logged) rather than hidden from the ACS.
     */
    public String canonicalForRead(Syntax syntax, String raw) {
        if (raw == null) {
            return "";
        }
        if (syntax.isList()) {
            List<String> out = new ArrayList<>();
            for (String item : splitList(raw)) {
                String c = ScalarTypes.canonical(syntax.baseType(), item);
                out.add(c == null ? item : c);
            }
            return String.join(",", out);
        }
        String c = ScalarTypes.canonical(syntax.baseType(), raw);
        if (c == null) {
            LOG.log(System.Logger.Level.DEBUG, "provider value ''{0}'' is not a valid {1}", raw, syntax.baseType());
            return raw;
        }
        return c;
    }

    /**
     * Whether {@code type} (an xsi:type as the codec read it, with or without its "xsd:" prefix) names
     * the type a value of {@code syntax} travels as: its base type, or string for a list (a list is a
     * comma-separated string on the wire). base64Binary and base64 are the same type.
     */
    public static boolean namesType(String type, Syntax syntax) {
        if (type == null) {
            return false;
        }
        String local = type.substring(type.indexOf(':') + 1).trim();
        if (local.equalsIgnoreCase("base64Binary")) {
            local = "base64";
        }
        return syntax.isList() ? local.equalsIgnoreCase("string") : local.equalsIgnoreCase(syntax.baseType());
    }

    /** Items of a comma-separated list, trimmed; the empty string is the empty list. */
    public static List<String> splitList(String raw) {
        List<String> items = new ArrayList<>();
        if (raw.trim().isEmpty()) {
            return items;
        }
        for (String item : raw.split(",", -1)) {
            items.add(item.trim());
        }
        return items;
    }

    private Outcome<String> acceptItem(Syntax syntax, String raw, List<Size> sizes) {
        String base = syntax.baseType();
        String value = ScalarTypes.canonical(base, ScalarTypes.trims(base) ? raw.trim() : raw);
        if (value == null) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_TYPE, "Not a valid " + base + ": '" + raw + "'");
        }
        BigDecimal number = ScalarTypes.numeric(base, value);
        if (number != null && !syntax.ranges().isEmpty() && syntax.ranges().stream().noneMatch(r -> r.contains(number))) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, value + " outside " + ranges(syntax));
        }
        if (!fitsSize(sizes, ScalarTypes.length(base, value))) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE, "Length of '" + value + "' outside " + sizes);
        }
        if (!syntax.enumerations().isEmpty() && !syntax.enumerations().contains(value)) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                    "'" + value + "' is not one of " + syntax.enumerations());
        }
        if (!syntax.patterns().isEmpty() && syntax.patterns().stream().noneMatch(p -> pattern(p).matcher(value).matches())) {
            return Outcome.failure(CwmpFault.INVALID_PARAMETER_VALUE,
                    "'" + value + "' does not match " + syntax.patterns());
        }
        return Outcome.success(value);
    }

    private static boolean fitsSize(List<Size> sizes, long length) {
        return sizes.isEmpty() || sizes.stream().anyMatch(s -> s.contains(length));
    }

    private static String ranges(Syntax syntax) {
        StringBuilder b = new StringBuilder();
        for (Range r : syntax.ranges()) {
            b.append(r);
        }
        return b.toString();
    }

    private Pattern pattern(String xsdPattern) {
        return patterns.computeIfAbsent(xsdPattern, p -> {
            try {
                return Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                // XML Schema regex features Java lacks (e.g. \i, class subtraction): do not refuse values over it
                LOG.log(System.Logger.Level.WARNING, "pattern ''{0}'' not usable, ignored: {1}", p, e.getMessage());
                return ANY;
            }
        });
    }
}
