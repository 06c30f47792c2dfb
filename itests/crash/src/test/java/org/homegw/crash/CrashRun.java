package org.homegw.crash;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homegw.labacs.LogEntry;

/**
 * The crash-consistency run: each scenario once without a kill (which also measures how long its
 * operation takes), then {@code kills} operations each cut by SIGKILL after a random delay, each
 * followed by a restart and the invariant checks; at the end the exactly-once ledger over the whole
 * ACS log. All randomness comes from one seed, printed first, so a run can be replayed.
 */
final class CrashRun {

    /** Share of kills timed from the moment the ACS sends the RPC (the rest from the Connection Request). */
    private static final double FROM_RPC = 0.7;

    private final CrashLab lab;
    private final List<Scenario> scenarios;
    private final long seed;
    private final int kills;
    private final PrintStream out;
    private final Random random;
    private final DeliveryLedger ledger = new DeliveryLedger();
    private final Map<Scenario, Window> windows = new LinkedHashMap<>();
    private final Map<String, int[]> perScenario = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    /** Violations of scenarios with a known, reported weakness: printed, not failing the run. */
    private final List<String> known = new ArrayList<>();
    /** Kill → first Inform of the restarted gateway, per kill point. */
    private final List<Long> comebacks = new ArrayList<>();
    private int round;

    /** How long an operation took without a kill: from the Connection Request, and from the RPC's sending. */
    private record Window(Duration fromBegin, Duration fromRpc) {
    }

    /** What a run found. */
    record Result(long seed, int kills, int deliveriesChecked, int excusedRepeats, List<String> violations,
                  List<String> known, Duration elapsed, Map<String, int[]> perScenario) {
    }

    CrashRun(CrashLab lab, List<Scenario> scenarios, long seed, int kills, PrintStream out) {
        this.lab = lab;
        this.scenarios = List.copyOf(scenarios);
        this.seed = seed;
        this.kills = kills;
        this.out = out;
        this.random = new Random(seed);
    }

    Result run() {
        Instant start = Instant.now();
        out.printf("crash run: seed %d (replay with -Dcrash.seed=%d), %d kill points, %d scenarios%n",
                seed, seed, kills, scenarios.size());
        for (Scenario s : scenarios) {
            perScenario.put(s.name(), new int[2]);
            calibrate(s);
        }
        List<Scenario> order = new ArrayList<>();
        for (int k = 1; k <= kills; k++) {
            if (order.isEmpty()) {
                order.addAll(scenarios);
                Collections.shuffle(order, random);
            }
            killPoint(k, order.remove(0));
        }
        lab.awaitIdle();
        List<LogEntry> log = lab.acs().log(lab.device());
        violations.addAll(ledger.check(log));
        log.stream().filter(e -> e instanceof LogEntry.ProtocolViolation)
                .forEach(e -> violations.add("ACS saw a protocol violation: " + e));
        Result r = new Result(seed, kills, ledger.size(), ledger.repeats(log), List.copyOf(violations),
                List.copyOf(known), Duration.between(start, Instant.now()), perScenario);
        print(r);
        return r;
    }

    private void calibrate(Scenario s) {
        Attempt a = s.begin(lab, ++round);
        LogEntry done = lab.acs().await(LogEntry.class, lab.device(), a.mark(), a::isDone, CrashLab.COMEBACK);
        LogEntry.RpcSent sent = lab.acs().await(LogEntry.RpcSent.class, lab.device(), a.mark(),
                e -> e.rpcId() == a.rpc().id(), CrashLab.COMEBACK);
        Window w = new Window(Duration.between(a.begun(), done.time()), Duration.between(sent.time(), done.time()));
        windows.put(s, w);
        a.settle(lab);
        lab.awaitIdle();
        List<String> v = a.check(lab, ledger);
        record(s, v, "no kill");
        out.printf("  calibrated %-62s %6d ms from the Connection Request, %6d ms from the RPC%n", s.name(),
                w.fromBegin().toMillis(), w.fromRpc().toMillis());
    }

    private void killPoint(int k, Scenario s) {
        Window w = windows.get(s);
        Attempt a = s.begin(lab, ++round);
        boolean fromRpc = random.nextDouble() < FROM_RPC;
        // 10 % beyond the measured window: kills just after the operation ended count too
        double share = random.nextDouble() * 1.1;
        Instant base;
        long delay;
        if (fromRpc) {
            base = lab.acs().await(LogEntry.RpcSent.class, lab.device(), a.mark(), e -> e.rpcId() == a.rpc().id(),
                    CrashLab.COMEBACK).time();
            delay = (long) (w.fromRpc().toNanos() * share);
        } else {
            base = a.begun();
            delay = (long) (w.fromBegin().toNanos() * share);
        }
        sleepUntil(base.plusNanos(delay));
        CrashLab.Kill kill = lab.kill();
        String where = lastEntryBefore(a.mark(), kill.mark()) + "; gateway: " + lastGatewayLine(kill.time());
        LogEntry.InformReceived boot = lab.restart(kill);
        long backMs = Duration.between(kill.time(), boot.time()).toMillis();
        comebacks.add(backMs);
        List<String> v = new ArrayList<>();
        if (!boot.hasEvent("1 BOOT")) {
            v.add("first Inform after the restart lacks 1 BOOT: " + boot.inform().events());
        }
        if (boot.hasEvent("0 BOOTSTRAP")) {
            v.add("first Inform after the restart carries 0 BOOTSTRAP: the event store was lost");
        }
        a.settle(lab);
        lab.awaitIdle();
        v.addAll(a.check(lab, ledger));
        lab.corruptStateFiles().forEach(f -> v.add("state file given up as unreadable: " + f));
        String at = String.format("%s + %d ms (%s)", fromRpc ? "RPC sent" : "Connection Request",
                delay / 1_000_000, where);
        record(s, v, at);
        out.printf("  kill %3d  %-62s at %-100s back in %5d ms  %s%n", k, s.name(), at, backMs,
                v.isEmpty() ? "ok" : (s.knownWeakness() == null ? "VIOLATION " : "KNOWN ") + v);
    }

    private void record(Scenario s, List<String> v, String at) {
        int[] counts = perScenario.get(s.name());
        if (!at.equals("no kill")) {
            counts[0]++;
        }
        counts[1] += v.size();
        List<String> into = s.knownWeakness() == null ? violations : known;
        v.forEach(x -> into.add(s.name() + ", kill at " + at + ": " + x));
    }

    /** The last thing the ACS logged for the operation before the kill, e.g. "RpcAnswered". */
    private String lastEntryBefore(long from, long killMark) {
        List<LogEntry> entries = lab.acs().log(lab.device()).stream()
                .filter(e -> e.seq() > from && e.seq() <= killMark && !(e instanceof LogEntry.PostServed)).toList();
        if (entries.isEmpty()) {
            return "before the session";
        }
        LogEntry last = entries.get(entries.size() - 1);
        String what = last.getClass().getSimpleName();
        if (last instanceof LogEntry.RpcSent s) {
            what += " " + s.request().methodName();
        } else if (last instanceof LogEntry.CpeRequestReceived c) {
            what += " " + c.request().methodName();
        } else if (last instanceof LogEntry.InformReceived i) {
            what += " " + i.inform().events().stream().map(x -> x.eventCode()).toList();
        }
        return "after " + what;
    }

    /** The gateway's last log line before the kill (its console output), shortened: where it was. */
    private String lastGatewayLine(Instant before) {
        String[] lines = lab.gateway().output().split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i];
            int space = line.indexOf(' ');
            if (space < 20 || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            try {
                if (Instant.parse(line.substring(0, space)).isAfter(before)) {
                    continue;
                }
            } catch (java.time.format.DateTimeParseException e) {
                continue;
            }
            int dash = line.indexOf(" - ");
            String text = dash < 0 ? line : line.substring(dash + 3);
            return text.length() > 70 ? text.substring(0, 70) + "…" : text;
        }
        return "(nothing logged)";
    }

    private void print(Result r) {
        out.println();
        out.printf("crash run: seed %d, %d kill points in %d s, %d deliveries checked exactly-once"
                + " (%d repeated within a killed session, excused), %d violations, %d of known weaknesses%n",
                r.seed(), r.kills(), r.elapsed().toSeconds(), r.deliveriesChecked(), r.excusedRepeats(),
                r.violations().size(), r.known().size());
        out.printf("| %-62s | kills | violations |%n", "scenario");
        r.perScenario().forEach((name, c) -> out.printf("| %-62s | %5d | %10d |%n", name, c[0], c[1]));
        List<Long> sorted = comebacks.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            out.printf("kill → first Inform of the restarted gateway: median %d ms, min %d, max %d%n",
                    sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        }
        scenarios.stream().filter(s -> s.knownWeakness() != null)
                .forEach(s -> out.println("KNOWN WEAKNESS of " + s.name() + ": " + s.knownWeakness()));
        r.known().forEach(k -> out.println("KNOWN: " + k));
        ledger.notes().forEach(n -> out.println("NOTE: " + n));
        r.violations().forEach(v -> out.println("VIOLATION: " + v));
    }

    private static void sleepUntil(Instant t) {
        long ms = Duration.between(Instant.now(), t).toMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
