package org.homegw.labacs;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.homegw.cwmp.message.CwmpRequest;

/**
 * An ACS request queued for a device: sent in the device's next session, in queue order, and
 * completed when the CPE answers (or the session ends without an answer).
 */
public final class PendingRpc {

    private final long id;
    private final String deviceKey;
    private final CwmpRequest request;
    private final CompletableFuture<RpcOutcome> outcome = new CompletableFuture<>();
    private volatile String cwmpId;

    PendingRpc(long id, String deviceKey, CwmpRequest request) {
        this.id = id;
        this.deviceKey = Objects.requireNonNull(deviceKey, "deviceKey");
        this.request = Objects.requireNonNull(request, "request");
    }

    /** Number of this request in the ACS (also used by the REST API). */
    public long id() {
        return id;
    }

    /** The device name the request was queued under (see {@link DeviceIds}). */
    public String deviceKey() {
        return deviceKey;
    }

    public CwmpRequest request() {
        return request;
    }

    /** The {@code cwmp:ID} it was sent with, or null while still queued. */
    public String cwmpId() {
        return cwmpId;
    }

    void sentAs(String id) {
        this.cwmpId = id;
    }

    /** Completes when the CPE answered or the request failed. */
    public CompletableFuture<RpcOutcome> outcome() {
        return outcome;
    }

    public boolean isDone() {
        return outcome.isDone();
    }

    @Override
    public String toString() {
        return "PendingRpc[" + id + " " + request.methodName() + " for " + deviceKey + "]";
    }
}
