package org.homegw.adapter.voip.internal.sim;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.homegw.adapter.voip.spi.CodecCapability;
import org.homegw.adapter.voip.spi.LineState;
import org.homegw.adapter.voip.spi.LineState.CallStats;
import org.homegw.adapter.voip.spi.VoiceDriver;
import org.homegw.adapter.voip.spi.VoiceSettings;
import org.homegw.adapter.voip.spi.VoiceSettings.SipAccount;

/**
 * A voice gateway in software. On each {@link #tick()} a line whose account changed registers
 * (Registering, then Up; the simulated registrar refuses an account without a password:
 * Error_Registration); registered lines get calls at random (seeded): incoming calls ring
 * (Alerting) and are answered or missed, outgoing ones are dialled and connect or fail; connected
 * calls last a few ticks, their time counted from the injected clock.
 */
public final class SimulatedVoiceDriver implements VoiceDriver {

    private static final List<CodecCapability> CODECS = List.of(
            new CodecCapability("G.711ALaw", 64_000, List.of(10, 20, 30), true),
            new CodecCapability("G.711MuLaw", 64_000, List.of(10, 20, 30), true),
            new CodecCapability("G.722", 64_000, List.of(20, 30), false),
            new CodecCapability("G.729", 8_000, List.of(10, 20, 30, 40), true));

    private final Clock clock;
    private final Random random;
    private final double callProbability;
    private final Line[] lines;
    private VoiceSettings settings;
    private volatile Listener listener;
    private Instant lastTick;

    private static final class Line {
        SipAccount account;
        String registration = "Disabled";
        String call = "Idle";
        boolean outgoingCall;
        int ticksLeft;
        CallStats in = CallStats.ZERO;
        CallStats out = CallStats.ZERO;
    }

    public SimulatedVoiceDriver(Clock clock, Random random, int lineCount, double callProbability) {
        this.clock = clock;
        this.random = random;
        this.callProbability = callProbability;
        this.lines = new Line[lineCount];
        for (int i = 0; i < lineCount; i++) {
            lines[i] = new Line();
        }
        this.lastTick = clock.instant();
    }

    @Override
    public List<CodecCapability> codecs() {
        return CODECS;
    }

    @Override
    public int lineCount() {
        return lines.length;
    }

    @Override
    public void apply(VoiceSettings next) throws IOException {
        Set<Integer> changed = new TreeSet<>();
        synchronized (this) {
            if (next.accounts().size() != lines.length) {
                throw new IOException("expected " + lines.length + " accounts, got " + next.accounts().size());
            }
            boolean networkChanged = settings == null || !settings.network().equals(next.network());
            for (SipAccount a : next.accounts()) {
                Line l = lines[a.line() - 1];
                if (networkChanged || !a.equals(l.account)) {
                    l.account = a;
                    String before = l.registration;
                    l.registration = !a.enabled() ? "Disabled" : !next.network().enabled() ? "Error_Network" : "Registering";
                    // a new registration ends any call in progress
                    l.call = "Idle";
                    if (!before.equals(l.registration)) {
                        changed.add(a.line());
                    }
                }
            }
            settings = next;
        }
        notifyChanged(changed);
    }

    @Override
    public synchronized LineState line(int line) {
        Line l = lines[line - 1];
        return new LineState(l.registration, l.call, l.in, l.out);
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Advances registrations and calls to the clock's present. */
    public void tick() {
        Set<Integer> changed = new TreeSet<>();
        synchronized (this) {
            Instant now = clock.instant();
            long seconds = Math.max(0, Duration.between(lastTick, now).toSeconds());
            lastTick = now;
            for (int i = 0; i < lines.length; i++) {
                if (step(lines[i], seconds)) {
                    changed.add(i + 1);
                }
            }
        }
        notifyChanged(changed);
    }

    /** One line's next state; true when something visible changed. */
    private boolean step(Line l, long seconds) {
        if (l.registration.equals("Registering")) {
            // the simulated registrar challenges (401) and needs a password to answer the digest
            l.registration = l.account.authPassword().isEmpty() ? "Error_Registration" : "Up";
            return true;
        }
        if (!l.registration.equals("Up")) {
            return false;
        }
        switch (l.call) {
            case "Idle" -> {
                if (random.nextDouble() >= callProbability) {
                    return false;
                }
                l.outgoingCall = random.nextBoolean();
                l.call = l.outgoingCall ? "Dialing" : "Alerting";
                if (l.outgoingCall) {
                    l.out = add(l.out, 1, 0, 0, 0, 0);
                } else {
                    l.in = add(l.in, 1, 0, 0, 0, 0);
                }
            }
            case "Dialing", "Alerting" -> {
                boolean answered = random.nextInt(5) != 0;
                if (answered) {
                    l.call = "Connected";
                    l.ticksLeft = 1 + random.nextInt(4);
                    countCall(l, 0, 1, 0, 0, 0);
                } else {
                    l.call = "Idle";
                    countCall(l, 0, 0, 1, 0, 0);
                }
            }
            case "Connected" -> {
                countCall(l, 0, 0, 0, 0, seconds);
                if (--l.ticksLeft <= 0) {
                    l.call = "Disconnected";
                    if (random.nextInt(20) == 0) {
                        countCall(l, 0, 0, 0, 1, 0);
                    }
                }
            }
            default -> l.call = "Idle";
        }
        return true;
    }

    private static void countCall(Line l, long calls, long connected, long failed, long dropped, long seconds) {
        if (l.outgoingCall) {
            l.out = add(l.out, calls, connected, failed, dropped, seconds);
        } else {
            l.in = add(l.in, calls, connected, failed, dropped, seconds);
        }
    }

    private static CallStats add(CallStats s, long calls, long connected, long failed, long dropped, long seconds) {
        return new CallStats(s.calls() + calls, s.connected() + connected, s.failed() + failed, s.dropped() + dropped,
                s.totalCallSeconds() + seconds);
    }

    private void notifyChanged(Set<Integer> changed) {
        Listener l = listener;
        if (l != null) {
            changed.forEach(l::lineChanged);
        }
    }

}
