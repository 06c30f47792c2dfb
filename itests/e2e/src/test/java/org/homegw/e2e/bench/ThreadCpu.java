package org.homegw.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU ticks per thread of a process from {@code /proc/<pid>/task/<tid>/stat}, grouped by thread name
 * (the JVM gives its threads their Java names, cut to 15 characters, digits folded so pools group);
 * the bench prints where the CPU of the warm sessions went, next to the table.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** Name group (suffixed " user" / " sys") → utime / stime ticks, summed over the live threads of {@code pid}. */
    static Map<String, Long> snapshot(long pid) throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(name + " user", Long.parseLong(f[11]), Long::sum);
                ticks.merge(name + " sys", Long.parseLong(f[12]), Long::sum);
            }
        }
        return ticks;
    }

    /** The difference {@code after - before} as "name ms/session" lines, largest first. */
    static String perSession(Map<String, Long> before, Map<String, Long> after, int sessions) {
        StringBuilder out = new StringBuilder();
        List<Map.Entry<String, Long>> diff = after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .toList();
        for (Map.Entry<String, Long> e : diff) {
            out.append(String.format(Locale.ROOT, "  %-20s %7.3f ms/session%n", e.getKey(),
                    e.getValue() * 10.0 / sessions)); // 100 ticks per second
        }
        return out.toString();
    }
}
