package org.homegw.adapter.host.internal.linux;

import org.homegw.adapter.host.spi.ProcessEntry;

/**
 * /proc/[pid]/stat, see proc(5): "pid (comm) state ppid ... utime(14) stime(15) ... priority(18)
 * nice(19) ... vsize(23) rss(24) ...". The command may contain spaces and parentheses, so the
 * fields after it are found from the last ')'.
 */
public final class ProcessStatParser {

    /**
     * USER_HZ, the unit of utime/stime. The kernel ABI fixes it at 100 on every architecture a
     * gateway runs on (x86, ARM, MIPS); the JDK cannot query sysconf(_SC_CLK_TCK).
     */
    static final long TICKS_PER_SECOND = 100;

    private ProcessStatParser() {
    }

    public static ProcessEntry parse(String content) {
        int open = content.indexOf('(');
        int close = content.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/[pid]/stat line");
        }
        int pid = Integer.parseInt(content.substring(0, open).strip());
        String command = content.substring(open + 1, close);
        // rest[0] is field 3 (state)
        String[] rest = content.substring(close + 1).strip().split("\\s+");
        long utime = Long.parseLong(rest[14 - 3]);
        long stime = Long.parseLong(rest[15 - 3]);
        long priority = Long.parseLong(rest[18 - 3]);
        long vsizeBytes = Long.parseLong(rest[23 - 3]);
        return new ProcessEntry(pid, command, vsizeBytes / 1024, priority(priority),
                (utime + stime) * 1000 / TICKS_PER_SECOND, state(rest[0].charAt(0)));
    }

    /**
     * TR-181 Priority is 0 (highest) to 99. Linux reports 0..39 (nice + 20) for normal processes
     * and negative values for real-time ones, which outrank them all: those map to 0.
     */
    static int priority(long kernelPriority) {
        return (int) Math.max(0, Math.min(99, kernelPriority));
    }

    /** proc(5) state letters to the TR-181 enumeration. */
    static String state(char letter) {
        return switch (letter) {
            case 'R' -> "Running";
            case 'D' -> "Uninterruptible";
            case 'T', 't' -> "Stopped";
            case 'Z', 'X', 'x' -> "Zombie";
            case 'I' -> "Idle";
            default -> "Sleeping";
        };
    }
}
