package org.homegw.datamodel.internal.schema;

import java.math.BigDecimal;

/** An inclusive value range with an optional step; null bounds are open. */
public record Range(BigDecimal min, BigDecimal max, BigDecimal step) {

    public boolean contains(BigDecimal value) {
        if (min != null && value.compareTo(min) < 0) {
            return false;
        }
        if (max != null && value.compareTo(max) > 0) {
            return false;
        }
        if (step != null && step.signum() > 0) {
            BigDecimal base = min != null ? min : BigDecimal.ZERO;
            return value.subtract(base).remainder(step).signum() == 0;
        }
        return true;
    }

    @Override
    public String toString() {
        return "[" + (min == null ? "" : min.toPlainString()) + ":" + (max == null ? "" : max.toPlainString())
                + (step == null ? "" : " step " + step.toPlainString()) + "]";
    }
}
