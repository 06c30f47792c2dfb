package org.homegw.datamodel.internal.schema;

import java.util.List;

/**
 * A list-valued parameter: comma-separated items. {@code itemSizes} limit each item, the syntax's
 * own sizes limit the whole string; maxItems null means unbounded.
 */
public record ListFacet(int minItems, Integer maxItems, List<Size> itemSizes) {
    public ListFacet {
        itemSizes = List.copyOf(itemSizes);
    }

    public static ListFacet unbounded() {
        return new ListFacet(0, null, List.of());
    }
}
