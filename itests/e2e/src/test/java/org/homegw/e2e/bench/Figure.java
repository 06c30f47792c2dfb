package org.homegw.e2e.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One measured figure: its samples, unit and the target, summarised as median, min, max. */
final class Figure {

    final String name;
    final String unit;
    final String target;
    final String note;
    private final List<Double> samples = new ArrayList<>();

    Figure(String name, String unit, String target, String note) {
        this.name = name;
        this.unit = unit;
        this.target = target;
        this.note = note;
    }

    Figure add(double sample) {
        samples.add(sample);
        return this;
    }

    int count() {
        return samples.size();
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
