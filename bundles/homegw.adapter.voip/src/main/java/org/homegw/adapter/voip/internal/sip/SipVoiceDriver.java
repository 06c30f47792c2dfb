package org.homegw.adapter.voip.internal.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.homegw.adapter.voip.spi.CodecCapability;
import org.homegw.adapter.voip.spi.LineState;
import org.homegw.adapter.voip.spi.LineState.CallStats;
import org.homegw.adapter.voip.spi.VoiceDriver;
import org.homegw.adapter.voip.spi.VoiceSettings;
import org.homegw.adapter.voip.spi.VoiceSettings.SipAccount;

/**
 * A voice driver that really registers each line's account with the configured SIP registrar over
 * UDP, refreshes the registration at half its expiry, retries failures after a minute, and
 * unregisters accounts that are disabled. It has no media engine: it offers no codecs and places or
 * takes no calls, so lines stay Idle with zero call counters.
 */
public final class SipVoiceDriver implements VoiceDriver {

    private static final System.Logger LOG = System.getLogger(SipVoiceDriver.class.getName());
    private static final Duration RETRY = Duration.ofSeconds(60);
    private static final int DEFAULT_PORT = 5060;

    private final ScheduledExecutorService executor;
    private final Duration t1;
    private final Line[] lines;
    private volatile Listener listener;

    private static final class Line {
        int generation;
        String registration = "Disabled";
        SipAccount account;
        ScheduledFuture<?> pending;
    }

    /** @param executor runs registrations; owned by the caller */
    public SipVoiceDriver(int lineCount, ScheduledExecutorService executor, Duration t1) {
        this.executor = executor;
        this.t1 = t1;
        this.lines = new Line[lineCount];
        for (int i = 0; i < lineCount; i++) {
            lines[i] = new Line();
        }
    }

    @Override
    public List<CodecCapability> codecs() {
        return List.of();
    }

    @Override
    public int lineCount() {
        return lines.length;
    }

    @Override
    public synchronized void apply(VoiceSettings settings) throws IOException {
        if (settings.accounts().size() != lines.length) {
            throw new IOException("expected " + lines.length + " accounts, got " + settings.accounts().size());
        }
        VoiceSettings.SipNetwork net = settings.network();
        for (SipAccount a : settings.accounts()) {
            Line l = lines[a.line() - 1];
            SipAccount previous = l.account;
            boolean wasUp = l.registration.equals("Up");
            l.generation++;
            if (l.pending != null) {
                l.pending.cancel(false);
            }
            l.account = a;
            if (wasUp && previous != null && (!a.enabled() || !net.enabled() || !previous.equals(a))) {
                unregister(previous, registrar(net));
            }
            if (!a.enabled()) {
                set(a.line(), l, "Disabled");
            } else if (!net.enabled() || net.registrarServer().isEmpty()) {
                set(a.line(), l, "Error_Network");
            } else {
                set(a.line(), l, "Registering");
                schedule(a.line(), l.generation, registrar(net), Math.max(60, net.registerExpires()), Duration.ZERO);
            }
        }
    }

    private static InetSocketAddress registrar(VoiceSettings.SipNetwork net) {
        int port = net.registrarServerPort() > 0 ? net.registrarServerPort() : DEFAULT_PORT;
        return InetSocketAddress.createUnresolved(net.registrarServer(), port);
    }

    private void schedule(int line, int generation, InetSocketAddress registrar, int expires, Duration delay) {
        lines[line - 1].pending = executor.schedule(() -> register(line, generation, registrar, expires),
                delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One registration attempt; its outcome is dropped if the configuration changed meanwhile. */
    private void register(int line, int generation, InetSocketAddress unresolved, int expires) {
        SipAccount a;
        synchronized (this) {
            if (lines[line - 1].generation != generation) {
                return;
            }
            a = lines[line - 1].account;
        }
        String state;
        Duration next;
        try {
            InetSocketAddress registrar = new InetSocketAddress(unresolved.getHostString(), unresolved.getPort());
            if (registrar.isUnresolved()) {
                throw new IOException("cannot resolve " + unresolved.getHostString());
            }
            SipRegistrationClient.Result r = new SipRegistrationClient(registrar, t1)
                    .register(a.registerUri(), a.authUserName(), a.authPassword(), expires);
            if (r.registered()) {
                state = "Up";
                next = Duration.ofSeconds(Math.max(5, r.expires() / 2));
            } else {
                LOG.log(System.Logger.Level.WARNING, "line {0}: registrar answered {1} {2}", line, r.status(), r.reason());
                state = "Error_Registration";
                next = RETRY;
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "line {0}: registration failed: {1}", line, e.getMessage());
            state = "Error_Network";
            next = RETRY;
        }
        synchronized (this) {
            Line l = lines[line - 1];
            if (l.generation != generation) {
                return;
            }
            set(line, l, state);
            schedule(line, generation, unresolved, expires, next);
        }
    }

    private void unregister(SipAccount account, InetSocketAddress unresolved) {
        executor.execute(() -> {
            try {
                new SipRegistrationClient(new InetSocketAddress(unresolved.getHostString(), unresolved.getPort()), t1)
                        .register(account.registerUri(), account.authUserName(), account.authPassword(), 0);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "unregistering {0} failed: {1}", account.registerUri(), e.getMessage());
            }
        });
    }

    private void set(int line, Line l, String registration) {
        if (!registration.equals(l.registration)) {
            l.registration = registration;
            Listener current = listener;
            if (current != null) {
                executor.execute(() -> current.lineChanged(line));
            }
        }
    }

    @Override
    public synchronized LineState line(int line) {
        return new LineState(lines[line - 1].registration, "Idle", CallStats.ZERO, CallStats.ZERO);
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }
}
