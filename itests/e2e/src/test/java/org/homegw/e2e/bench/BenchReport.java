package org.homegw.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The bench's output: the table on standard output (with any text under it), bench.csv and bench.json. */
final class BenchReport {

    private BenchReport() {
    }

    static void write(List<Figure> figures, String underTable, Path out) throws IOException {
        int width = figures.stream().map(f -> f.name.length()).max(Comparator.naturalOrder()).orElse(10);
        String row = "%-" + width + "s  %5s  %8s  %8s  %8s  %-22s  %s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, row, "figure", "unit", "median", "min",
                "max", "target (issue 9)", "n"));
        StringBuilder csv = new StringBuilder("figure,unit,median,min,max,n,target,note\n");
        StringBuilder json = new StringBuilder("[\n");
        for (Figure f : figures) {
            table.append(String.format(Locale.ROOT, row, f.name, f.unit, Figure.fmt(f.median()), Figure.fmt(f.min()),
                    Figure.fmt(f.max()), f.target, f.count()));
            csv.append(String.format(Locale.ROOT, "\"%s\",%s,%s,%s,%s,%d,\"%s\",\"%s\"%n", f.name, f.unit,
                    f.median(), f.min(), f.max(), f.count(), f.target, f.note));
            json.append(String.format(Locale.ROOT,
                    "  {\"figure\": \"%s\", \"unit\": \"%s\", \"median\": %s, \"min\": %s, \"max\": %s, \"n\": %d,"
                            + " \"target\": \"%s\", \"note\": \"%s\"}%s%n", f.name, f.unit, f.median(), f.min(),
                    f.max(), f.count(), f.target, f.note, f == figures.get(figures.size() - 1) ? "" : ","));
        }
        json.append("]\n");
        System.out.print(table);
        System.out.print(underTable);
        Files.writeString(out.resolve("bench.csv"), csv);
        Files.writeString(out.resolve("bench.json"), json);
        System.out.println("written: " + out.resolve("bench.csv") + ", " + out.resolve("bench.json"));
    }
}
