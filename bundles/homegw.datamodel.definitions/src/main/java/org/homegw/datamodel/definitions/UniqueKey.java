package org.homegw.datamodel.definitions;

import java.util.List;

/**
 * A {@code <uniqueKey>} of a table: no two instances may have the same values for all of these
 * parameters.
 *
 * @param parameters parameter names relative to the table instance (e.g. {@code Alias})
 * @param functional true for a functional key; a non-functional key (typically Alias) only matters
 *                   for addressing
 */
public record UniqueKey(List<String> parameters, boolean functional) {

    public UniqueKey {
        parameters = List.copyOf(parameters);
    }
}
