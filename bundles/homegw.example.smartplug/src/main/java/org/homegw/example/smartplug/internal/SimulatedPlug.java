package org.homegw.example.smartplug.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A plug in software: each outlet feeds an appliance of a fixed demand on 230 V mains. Energy
 * accumulates with the injected clock on every {@link #tick()}; a demand above the outlet's
 * MaxPower trips the relay (as the real plug's protection would) and is reported to the listener.
 */
public final class SimulatedPlug implements PlugHardware {

    private static final long MAINS_MV = 230_000;

    private final Clock clock;
    private final List<Outlet> outlets = new ArrayList<>();
    private volatile IntConsumer listener;
    private Instant lastTick;

    private static final class Outlet {
        final int demand;
        boolean closed;
        boolean overload;
        int maxPower = 3000;
        /** Energy in watt-seconds, to keep fractions between ticks. */
        long energyWs;

        Outlet(int demand) {
            this.demand = demand;
        }
    }

    /** @param demandsWatts the appliance demand of each outlet, in watts */
    public SimulatedPlug(Clock clock, List<Integer> demandsWatts) {
        this.clock = clock;
        demandsWatts.forEach(d -> outlets.add(new Outlet(d)));
        this.lastTick = clock.instant();
    }

    @Override
    public String modelName() {
        return "homegw example plug (simulated)";
    }

    @Override
    public int outletCount() {
        return outlets.size();
    }

    @Override
    public synchronized OutletReading read(int outlet) {
        Outlet o = outlets.get(outlet - 1);
        int power = o.closed ? o.demand : 0;
        return new OutletReading(o.closed, o.overload, power, MAINS_MV, power * 1_000_000L / MAINS_MV, o.energyWs / 3600);
    }

    @Override
    public void setRelay(int outlet, boolean closed) {
        boolean tripped;
        synchronized (this) {
            Outlet o = outlets.get(outlet - 1);
            o.closed = closed;
            o.overload = false;
            tripped = protect(o);
        }
        if (tripped) {
            report(outlet);
        }
    }

    @Override
    public void setMaxPower(int outlet, int watts) {
        boolean tripped;
        synchronized (this) {
            Outlet o = outlets.get(outlet - 1);
            o.maxPower = watts;
            tripped = protect(o);
        }
        if (tripped) {
            report(outlet);
        }
    }

    @Override
    public synchronized int demandWatts(int outlet) {
        return outlets.get(outlet - 1).demand;
    }

    @Override
    public void setListener(IntConsumer outletChanged) {
        this.listener = outletChanged;
    }

    /** Accumulates energy up to the clock's present. */
    public synchronized void tick() {
        Instant now = clock.instant();
        long seconds = Math.max(0, Duration.between(lastTick, now).toSeconds());
        lastTick = lastTick.plusSeconds(seconds);
        for (Outlet o : outlets) {
            if (o.closed) {
                o.energyWs += o.demand * seconds;
            }
        }
    }

    /** Opens the relay when the demand exceeds MaxPower; true when it tripped now. */
    private static boolean protect(Outlet o) {
        if (o.closed && o.demand > o.maxPower) {
            o.closed = false;
            o.overload = true;
            return true;
        }
        return false;
    }

    private void report(int outlet) {
        IntConsumer l = listener;
        if (l != null) {
            l.accept(outlet);
        }
    }
}
