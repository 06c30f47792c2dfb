package org.homegw.cwmp.connreq.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.SessionRequests;

/** Records every requestSession call; tests wait on {@link #awaitCalls}. */
public final class FakeSessionRequests implements SessionRequests {

    public final List<List<CwmpEvent>> calls = new CopyOnWriteArrayList<>();
    private final Semaphore signal = new Semaphore(0);

    @Override
    public void requestSession(CwmpEvent... events) {
        calls.add(List.of(events));
        signal.release();
    }

    /** Waits up to 5 s for n more calls; false on timeout. */
    public boolean awaitCalls(int n) throws InterruptedException {
        return signal.tryAcquire(n, 5, TimeUnit.SECONDS);
    }
}
