package org.homegw.transfer.internal.engine;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.transfer.api.ApplyResult;
import org.homegw.transfer.api.FirmwareInstaller.SwitchState;
import org.homegw.transfer.internal.http.FileServerClient;
import org.homegw.transfer.internal.http.TransferAbort;
import org.homegw.transfer.internal.http.TransferFailure;
import org.homegw.transfer.internal.http.TransferFaults;
import org.homegw.transfer.internal.queue.TransferRecord;
import org.homegw.transfer.internal.queue.TransferState;
import org.homegw.transfer.internal.queue.TransferStore;

/**
 * Runs the persisted transfer queue: accepts transfers (bounded), starts each when its
 * DelaySeconds or time window allows, drives it through {@link TransferState}s on the worker thread,
 * and hands its TransferComplete with "7 TRANSFER COMPLETE" and "M &lt;method&gt;" to the CWMP client
 * exactly once (autonomous transfers: AutonomousTransferComplete with "10 AUTONOMOUS TRANSFER
 * COMPLETE"; the client applies ManagementServer.AutonomousTransferCompletePolicy).
 *
 * <p>Exactly once: a finished transfer is first persisted as COMPLETED, then queued with the client's
 * {@link CpeRequestQueue} (which persists it before returning), then removed. A crash between the last two steps — two
 * fsyncs apart — makes the record be queued again at the next start; nothing is ever lost.
 */
public final class TransferEngine {

    private static final System.Logger LOG = System.getLogger(TransferEngine.class.getName());

    /**
     * Limits: queued transfers (9004 beyond), retries of a cut-short body, log bytes per upload, and
     * the pause before a ScheduleDownload tries again inside its time window.
     */
    public record Limits(int maxQueued, int fetchAttempts, long maxFileSize, long maxLogBytes, Duration windowRetryDelay) {
        public static final Limits DEFAULTS = new Limits(16, 3, 1L << 31, 1L << 20);

        /** With a 30 s pause between the attempts inside a time window. */
        public Limits(int maxQueued, int fetchAttempts, long maxFileSize, long maxLogBytes) {
            this(maxQueued, fetchAttempts, maxFileSize, maxLogBytes, Duration.ofSeconds(30));
        }
    }

    private final TransferStore store;
    private final TransferWorker worker;
    private final DeviceSide device;
    private final CpeRequestQueue session;
    private final Clock clock;
    private final TransferScheduler scheduler;
    private final Limits limits;
    private final LogTail logTail;

    private final TransferCancellation cancellation;
    private final TransferCompleteReporter reporter;

    private final Object wakeLock = new Object();
    private TransferScheduler.Task wakeUp;
    private volatile boolean stopped;
    /** A firmware switch asked for a reboot: start nothing new until it happens. */
    private volatile boolean rebootPending;

    /**
     * @param workDir   partial and downloaded files ({@code <state>/transfer/work})
     * @param storedDir where stored file types go ({@code <state>/transfer/files})
     */
    public TransferEngine(TransferStore store, FileServerClient http, Path workDir, Path storedDir, DeviceSide device,
            CpeRequestQueue session, Clock clock, TransferScheduler scheduler, Limits limits) {
        this.store = store;
        this.worker = new TransferWorker(http, device, workDir, storedDir, limits.fetchAttempts(), limits.maxFileSize());
        this.device = device;
        this.session = session;
        this.clock = clock;
        this.scheduler = scheduler;
        this.limits = limits;
        this.logTail = new LogTail(limits.maxLogBytes());
        this.cancellation = new TransferCancellation(store, worker);
        this.reporter = new TransferCompleteReporter(store, session);
    }

    /**
     * Called once per start: confirms the running firmware healthy, settles transfers that waited
     * for a reboot, re-queues finished ones whose TransferComplete may not have reached the client,
     * and resumes the rest.
     */
    public void start() {
        device.firmware().confirmHealthy();
        SwitchState sw = device.firmware().lastSwitch();
        boolean awaited = false;
        for (TransferRecord r : store.all()) {
            if (r.state() == TransferState.AWAITING_REBOOT) {
                awaited = true;
                settleFirmwareSwitch(r, sw);
            }
        }
        if (!awaited && (sw == SwitchState.ACTIVE || sw == SwitchState.ROLLED_BACK)) {
            // an outcome whose transfer was already reported (crash after reporting)
            device.firmware().acknowledgeSwitch();
        }
        for (TransferRecord r : store.all()) {
            if (r.state() == TransferState.COMPLETED) {
                report(r);
            }
        }
        worker.sweep(store.all().stream().map(TransferRecord::id).collect(java.util.stream.Collectors.toSet()));
        wake(Duration.ZERO);
    }

    /** Stops scheduling new work; a running step ends when the worker is interrupted. */
    public void stop() {
        stopped = true;
        synchronized (wakeLock) {
            if (wakeUp != null) {
                wakeUp.cancel();
            }
        }
    }

    /** Adds a transfer; false when the queue is full (the RPC answers 9004). */
    public boolean enqueue(TransferRecord r) {
        if (!store.offer(r, limits.maxQueued())) {
            return false;
        }
        LOG.log(Level.INFO, "queued {0}, not before {1}", r, r.notBefore());
        wake(Duration.ZERO);
        return true;
    }

    /**
     * A download nobody asked for over CWMP (a local firmware install): run like a Download and
     * reported with AutonomousTransferComplete when the policy allows. False when the queue is full.
     */
    public boolean enqueueAutonomous(String fileType, String url, String targetFileName) {
        return enqueue(TransferRecord.queued(newId(), TransferRecord.AUTONOMOUS, "", fileType, url, "", "", 0,
                targetFileName, clock.instant(), List.of()));
    }

    /** What the transfers are applied to and uploaded from. */
    public DeviceSide device() {
        return device;
    }

    public long newId() {
        return store.allocateId();
    }

    public List<TransferRecord> transfers() {
        return store.all();
    }

    /**
     * Cancels every transfer with this CommandKey that is queued or still moving bytes: a running
     * download or upload is stopped at once (its connection closed), its record removed (persisted,
     * so a restart does not resume it) and its work files deleted. A cancelled transfer sends no
     * TransferComplete: the ACS learns the outcome from the CancelTransferResponse (our reading of
     * TR-069, whose text was not at hand; MEM). A transfer whose file is complete and being applied,
     * waits for the firmware reboot, or is completed cannot be cancelled (9021); then none of the
     * transfers with this CommandKey is cancelled.
     */
    public TransferCancellation.Outcome cancel(String commandKey) {
        return cancellation.cancel(commandKey);
    }

    private void wake(Duration delay) {
        if (stopped) {
            return;
        }
        synchronized (wakeLock) {
            if (wakeUp != null) {
                wakeUp.cancel();
            }
            wakeUp = scheduler.schedule(delay, this::runDue);
        }
    }

    /** Worker thread: runs every transfer that is due, one after another, then sleeps until the next. */
    private void runDue() {
        while (!stopped && !rebootPending && !Thread.currentThread().isInterrupted()) {
            Instant now = clock.instant();
            Optional<TransferRecord> next = nextDue(now);
            if (next.isEmpty()) {
                store.all().stream().filter(r -> r.state() == TransferState.QUEUED).map(TransferRecord::notBefore)
                        .min(Comparator.naturalOrder())
                        .ifPresent(t -> wake(Duration.between(now, t).isNegative() ? Duration.ZERO : Duration.between(now, t)));
                return;
            }
            run(next.get(), now);
        }
    }

    /** Transfers already under way first (resumed after a restart), then queued ones in arrival order. */
    private Optional<TransferRecord> nextDue(Instant now) {
        List<TransferRecord> all = store.all();
        Optional<TransferRecord> running = all.stream()
                .filter(r -> r.state() == TransferState.TRANSFERRING || r.state() == TransferState.DOWNLOADED)
                .findFirst();
        if (running.isPresent()) {
            return running;
        }
        return all.stream().filter(r -> r.state() == TransferState.QUEUED && !r.notBefore().isAfter(now))
                .findFirst();
    }

    private void run(TransferRecord r, Instant now) {
        TransferRecord current = r;
        boolean applying = false;
        try {
            if (current.state() == TransferState.QUEUED) {
                Optional<TransferRecord> admitted = admit(current, now);
                if (admitted.isEmpty()) {
                    return;
                }
                current = admitted.get();
            }
            if (current.state() == TransferState.TRANSFERRING) {
                Optional<TransferRecord> moved = transfer(current);
                if (moved.isEmpty()) {
                    return;
                }
                current = moved.get();
            }
            applying = true;
            TransferWorker.Step applied = worker.apply(current);
            if (applied instanceof TransferWorker.Installed) {
                store.put(current.withState(TransferState.AWAITING_REBOOT));
                worker.clean(current);
                rebootPending = true;
                LOG.log(Level.WARNING, "{0}: new firmware installed in the inactive bank; rebooting to switch", current);
                device.reboot().run();
            } else {
                finish(current, ((TransferWorker.Finished) applied).result());
            }
        } catch (TransferFailure f) {
            if (Thread.currentThread().isInterrupted() || stopped) {
                LOG.log(Level.INFO, "{0} interrupted by shutdown; resumed at the next start", current);
                return;
            }
            if (!applying && tryAgainInWindow(current, f)) {
                return;
            }
            finish(current, ApplyResult.fault(f.faultCode(), f.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, current + " failed unexpectedly", e);
            finish(current, ApplyResult.fault(TransferFaults.INTERNAL_ERROR, "internal error: " + e));
        }
    }

    /**
     * Moves the bytes of a TRANSFERRING record: an upload ends finished (reported), a download ends
     * DOWNLOADED (returned, to be applied). Empty when the transfer ended here: an upload, or a
     * CancelTransfer that stopped it.
     */
    private Optional<TransferRecord> transfer(TransferRecord r) throws TransferFailure {
        TransferAbort abort = cancellation.beginTransfer(r);
        if (abort == null) {
            cancellation.endTransfer(r);
            return Optional.empty();
        }
        TransferRecord[] holder = {r};
        TransferWorker.Step outcome = null;
        TransferFailure failure = null;
        boolean wasCancelled;
        try {
            if (!r.isDownload()) {
                outcome = worker.upload(r, logTail, abort);
            } else {
                outcome = worker.fetch(r, etag -> {
                    TransferRecord withEtag = holder[0].withEtag(etag);
                    if (cancellation.putIfActive(withEtag)) {
                        holder[0] = withEtag;
                    }
                }, abort);
            }
        } catch (TransferFailure f) {
            failure = f;
        } finally {
            wasCancelled = cancellation.endTransfer(r);
        }
        if (wasCancelled) {
            return Optional.empty();
        }
        if (failure != null) {
            throw failure;
        }
        if (outcome instanceof TransferWorker.Finished f) {
            finish(holder[0], f.result());
            return Optional.empty();
        }
        TransferRecord downloaded = holder[0].withState(TransferState.DOWNLOADED);
        if (!cancellation.putIfActive(downloaded)) {
            cancellation.dropCancelled(downloaded);
            return Optional.empty();
        }
        return Optional.of(downloaded);
    }

    /**
     * A ScheduleDownload whose attempt failed before its file was complete tries again as
     * {@link TimeWindows#retry} says (after {@link Limits#windowRetryDelay()} in the same window while
     * its MaxRetries allows, else in the next usable window). False when no try is left: the transfer
     * then completes with this failure's fault code (9020 is for a download that never got a usable
     * window).
     */
    private boolean tryAgainInWindow(TransferRecord failed, TransferFailure f) {
        // the stored record carries the partial file's ETag
        TransferRecord r = store.get(failed.id()).orElse(failed);
        Optional<TransferRecord> next = TimeWindows.retry(r, clock.instant(), limits.windowRetryDelay());
        if (next.isEmpty()) {
            return false;
        }
        TransferRecord again = next.get();
        if (f.faultCode() != TransferFaults.INCOMPLETE) {
            // only a body cut short is worth resuming; anything else starts from the first byte
            worker.clean(r);
            again = again.withEtag("");
        }
        if (!cancellation.putIfActive(again)) {
            cancellation.dropCancelled(again);
            return true;
        }
        LOG.log(Level.WARNING, "{0}: attempt {1} failed ({2} {3}); trying again at {4}", r, r.attempts(),
                f.faultCode(), f.getMessage(), again.notBefore());
        return true;
    }

    /** QUEUED → TRANSFERRING if its window allows; ScheduleDownloads outside every usable window wait or fail 9020. */
    private Optional<TransferRecord> admit(TransferRecord r, Instant now) {
        TimeWindows.Admission a = TimeWindows.admit(r, now);
        if (a instanceof TimeWindows.WaitUntil w) {
            store.replace(r, r.retryAt(w.at(), r.attempts()));
            return Optional.empty();
        }
        if (a instanceof TimeWindows.Missed) {
            finish(r, ApplyResult.fault(TransferFaults.WINDOW_MISSED, "no usable time window left for the download"));
            return Optional.empty();
        }
        TransferRecord started = r.started(now);
        // a CancelTransfer may have removed it meanwhile
        return store.replace(r, started) ? Optional.of(started) : Optional.empty();
    }

    private void settleFirmwareSwitch(TransferRecord r, SwitchState sw) {
        switch (sw) {
            case ACTIVE -> finish(r, ApplyResult.OK);
            case ROLLED_BACK -> finish(r, ApplyResult.fault(TransferFaults.TRANSFER_FAILURE,
                    "the new firmware did not start healthy; rolled back to the previous image"));
            case ARMED, TRIAL -> LOG.log(Level.WARNING, "{0}: firmware switch still {1}; waiting for the reboot", r, sw);
            case NONE -> finish(r, ApplyResult.fault(TransferFaults.INTERNAL_ERROR,
                    "firmware installer lost the installed image"));
        }
        if (sw == SwitchState.ACTIVE || sw == SwitchState.ROLLED_BACK) {
            device.firmware().acknowledgeSwitch();
        }
    }

    private void finish(TransferRecord r, ApplyResult result) {
        TransferRecord done = r.completed(clock.instant(), result.faultCode(), result.faultString());
        if (!cancellation.putIfActive(done)) {
            cancellation.dropCancelled(done);
            return;
        }
        worker.clean(done);
        if (result.isSuccess()) {
            LOG.log(Level.INFO, "{0} completed", done);
        } else {
            LOG.log(Level.WARNING, "{0} failed", done);
        }
        report(done);
    }

    /** Hands the TransferComplete to the CWMP client (persisted there), then forgets the transfer. */
    private void report(TransferRecord done) {
        if (stopped) {
            // the client may be gone already: the persisted COMPLETED record is reported at the next start
            return;
        }
        reporter.report(done);
    }
}
