package org.homegw.cwmp.client.internal.agent;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * What other bundles asked to happen once the current session is over (SessionLifecycle): actions
 * handed to their own executor when no session runs, and reboot requests, which the agent carries
 * out on its thread. One lock makes "is a session running" and "queue for its end" a single step, so
 * a request made just as a session starts is never mistaken for one made before it.
 */
final class SessionGate {

    private static final System.Logger LOG = System.getLogger(SessionGate.class.getName());

    private final Executor actionThread;

    private final Object lock = new Object();
    // guarded by lock
    private boolean inSession;
    private final List<Runnable> waiting = new ArrayList<>();
    private String rebootNow;
    private String rebootAtSessionEnd;

    /** @param actionThread runs the actions, never the agent's own thread (their slowness is theirs) */
    SessionGate(Executor actionThread) {
        this.actionThread = actionThread;
    }

    void afterSession(Runnable action) {
        java.util.Objects.requireNonNull(action, "action");
        synchronized (lock) {
            if (inSession) {
                waiting.add(action);
                return;
            }
        }
        dispatch(List.of(action));
    }

    /** Records a reboot request; the caller then wakes the agent up. */
    void requestReboot(String reason) {
        String why = reason == null || reason.isBlank() ? "a bundle's request" : reason;
        synchronized (lock) {
            if (inSession) {
                rebootAtSessionEnd = why;
            } else {
                rebootNow = why;
            }
        }
    }

    /** Agent thread, between sessions: a reboot asked for while no session ran, if any (taken). */
    Optional<String> takeRebootNow() {
        synchronized (lock) {
            String r = rebootNow;
            rebootNow = null;
            return Optional.ofNullable(r);
        }
    }

    /**
     * Agent thread, about to run a session: empty if it may start, else the reason of a reboot that
     * was asked for before it (the session is then not started).
     */
    Optional<String> sessionStarting() {
        synchronized (lock) {
            if (rebootNow != null) {
                return takeRebootNow();
            }
            inSession = true;
            return Optional.empty();
        }
    }

    /** Agent thread, the session is over: actions waiting for it start; answers a reboot asked for during it. */
    Optional<String> sessionEnded() {
        List<Runnable> ready;
        String reboot;
        synchronized (lock) {
            inSession = false;
            ready = List.copyOf(waiting);
            waiting.clear();
            reboot = rebootAtSessionEnd;
            rebootAtSessionEnd = null;
        }
        dispatch(ready);
        return Optional.ofNullable(reboot);
    }

    private void dispatch(List<Runnable> actions) {
        for (Runnable action : actions) {
            Runnable guarded = () -> {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "an after-session action failed", e);
                }
            };
            try {
                actionThread.execute(guarded);
            } catch (RejectedExecutionException e) {
                // the client is stopping: no session will run any more, so "after the session" is now
                guarded.run();
            }
        }
    }
}
