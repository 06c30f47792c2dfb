package org.homegw.datamodel.definitions;

import java.math.BigDecimal;

/**
 * A {@code <range>} facet of a numeric parameter. When a syntax has several ranges, a value must lie
 * in one of them. Bounds are kept as written in the XML ({@link BigDecimal} so that unsignedLong and
 * decimal bounds fit).
 *
 * @param minInclusive lower bound, or null when only the base type limits it
 * @param maxInclusive upper bound, or null when only the base type limits it
 * @param step         allowed step counted from {@code minInclusive} (or from 0), or null for any step
 */
public record Range(BigDecimal minInclusive, BigDecimal maxInclusive, BigDecimal step) {

    /** True if {@code value} lies inside this range and on its step. */
    public boolean contains(BigDecimal value) {
        if (minInclusive != null && value.compareTo(minInclusive) < 0) {
            return false;
        }
        if (maxInclusive != null && value.compareTo(maxInclusive) > 0) {
            return false;
        }
        if (step == null || step.signum() == 0) {
            return true;
        }
        BigDecimal origin = minInclusive == null ? BigDecimal.ZERO : minInclusive;
        return value.subtract(origin).remainder(step).signum() == 0;
    }
}
