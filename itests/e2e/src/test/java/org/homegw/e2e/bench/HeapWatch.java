package org.homegw.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Peak heap use of a running gateway over a stretch of work, without changing its JVM flags: a
 * flight recording started and dumped through jcmd gives the heap used before every GC
 * (jdk.GCHeapSummary), and GC.heap_info the use at the end.
 */
final class HeapWatch {

    private static final String NAME = "homegw-bench-heap";
    private final long pid;
    private final Path file;

    private HeapWatch(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    static HeapWatch start(long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=default");
        return new HeapWatch(pid, file);
    }

    /** Stops the recording; answers the largest heap use seen (bytes). */
    long stopAndPeak() throws IOException, InterruptedException {
        long atEnd = heapUsedNow();
        jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file);
        long peak = atEnd;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getEventType().getName().equals("jdk.GCHeapSummary")) {
                peak = Math.max(peak, e.getLong("heapUsed"));
            }
        }
        return peak;
    }

    /** "used NNNK" summed over the generations GC.heap_info lists (Serial: def new + tenured). */
    private long heapUsedNow() throws IOException, InterruptedException {
        String text = jcmd(pid, "GC.heap_info");
        Matcher m = Pattern.compile(
                "(?m)^ (def new generation|tenured generation|[a-zA-Z ]+heap)\\s+total \\d+K, used (\\d+)K").matcher(text);
        long used = 0;
        boolean found = false;
        while (m.find()) {
            used += Long.parseLong(m.group(2)) * 1024;
            found = true;
        }
        if (!found) {
            throw new IOException("no heap use in GC.heap_info:\n" + text);
        }
        return used;
    }

    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        String[] cmd = new String[command.length + 2];
        cmd[0] = "jcmd";
        cmd[1] = Long.toString(pid);
        System.arraycopy(command, 0, cmd, 2, command.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed:\n" + text);
        }
        return text;
    }
}
