package org.homegw.datamodel.definitions;

import java.util.List;

/**
 * The {@code <list>} facet: the parameter value is a comma-separated list of items, each of which
 * obeys the item syntax (type, sizes, ranges, enumerations, patterns of the enclosing {@link Syntax}).
 *
 * @param minItems minimum number of items, or null when not restricted
 * @param maxItems maximum number of items, or null when not restricted
 * @param sizes    limits on the length of the whole list string (e.g. {@code maxLength="1024"}); may be empty
 */
public record ListSyntax(Long minItems, Long maxItems, List<Size> sizes) {

    public ListSyntax {
        sizes = List.copyOf(sizes);
    }
}
