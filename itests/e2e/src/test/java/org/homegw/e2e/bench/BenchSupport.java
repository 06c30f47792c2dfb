package org.homegw.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LogEntry;

/** What the bench reads from the gateway process and the ACS log, and file chores. */
final class BenchSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private BenchSupport() {
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    static void awaitIdle(LabAcs acs, String device) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            List<LogEntry> log = acs.log(device);
            long informs = log.stream().filter(e -> e instanceof LogEntry.InformReceived).count();
            long ended = log.stream().filter(e -> e instanceof LogEntry.SessionEnded).count();
            if (informs == ended && Instant.now().isAfter(log.get(log.size() - 1).time().plusMillis(1500))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("gateway " + device + " not idle");
    }

    /** utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for " + pid);
    }

    /**
     * Copies /proc/pid/smaps, smaps_rollup and status, and the name of every thread, into dir (files
     * smaps.txt, smaps_rollup.txt, status.txt, threads.txt): what the RSS is made of.
     */
    static void writeMemoryMaps(long pid, Path dir) throws IOException {
        Path proc = Path.of("/proc/" + pid);
        for (String name : List.of("smaps", "smaps_rollup", "status")) {
            Files.writeString(dir.resolve(name + ".txt"), Files.readString(proc.resolve(name)));
        }
        StringBuilder threads = new StringBuilder();
        try (var tasks = Files.list(proc.resolve("task"))) {
            for (Path task : tasks.sorted().toList()) {
                threads.append(task.getFileName()).append(' ').append(Files.readString(task.resolve("comm")));
            }
        }
        Files.writeString(dir.resolve("threads.txt"), threads);
    }

    /** Live bytes after a full GC: GC.class_histogram (which collects first), its "Total" line. */
    static long liveHeapBytes(long pid) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        Matcher m = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)").matcher(text);
        if (!m.find()) {
            throw new IOException("no Total line in jcmd output:\n" + text);
        }
        return Long.parseLong(m.group(2));
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
