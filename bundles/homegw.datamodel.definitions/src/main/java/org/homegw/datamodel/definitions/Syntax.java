package org.homegw.datamodel.definitions;

import java.util.List;
import java.util.Objects;

/**
 * The effective syntax of a parameter or named data type: its base type plus every facet, with named
 * data types already resolved. A facet kind (sizes, ranges, enumerations, patterns) given on a derived
 * type or on the parameter replaces the same kind inherited from the base data type; kinds it does not
 * mention are inherited.
 *
 * <p>For a list-valued parameter ({@link #list()} not null) the facets other than {@code list} apply
 * to each item.
 *
 * @param baseType     the primitive type
 * @param dataType     the TR-106 / model data type the parameter was declared with (e.g.
 *                     {@code IPv4Address}, {@code StatsCounter64}, {@code _AliasCWMP}), or null
 * @param sizes        allowed lengths; a value must satisfy one of them (empty = any)
 * @param ranges       allowed numeric ranges; a value must lie in one of them (empty = the base type's range)
 * @param enumerations allowed values (empty = any)
 * @param patterns     XML Schema regular expressions; a value must match one of them entirely (empty = any).
 *                     An empty pattern {@code ""} allows the empty string.
 * @param list         list facet, or null for a scalar parameter
 * @param reference    what the value refers to, or null
 * @param units        the unit of measure (e.g. {@code bytes}, {@code dBm}), or null
 */
public record Syntax(
        BaseType baseType,
        String dataType,
        List<Size> sizes,
        List<Range> ranges,
        List<EnumerationValue> enumerations,
        List<String> patterns,
        ListSyntax list,
        Reference reference,
        String units) {

    public Syntax {
        Objects.requireNonNull(baseType, "baseType");
        sizes = List.copyOf(sizes);
        ranges = List.copyOf(ranges);
        enumerations = List.copyOf(enumerations);
        patterns = List.copyOf(patterns);
    }

    /** A syntax with only a base type and no facets. */
    public static Syntax of(BaseType baseType) {
        return new Syntax(baseType, null, List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    /** True if the value is a comma-separated list. */
    public boolean isList() {
        return list != null;
    }

    /** The allowed enumeration values as plain strings, in definition order. */
    public List<String> enumerationValues() {
        return enumerations.stream().map(EnumerationValue::value).toList();
    }

    /**
     * The largest length any size allows, or null when the length is unbounded. For a list this is
     * the item length; see {@link ListSyntax#sizes()} for the whole-list length.
     */
    public Long maxLength() {
        Long max = null;
        for (Size s : sizes) {
            if (s.maxLength() == null) {
                return null;
            }
            max = max == null ? s.maxLength() : Math.max(max, s.maxLength());
        }
        return max;
    }
}
