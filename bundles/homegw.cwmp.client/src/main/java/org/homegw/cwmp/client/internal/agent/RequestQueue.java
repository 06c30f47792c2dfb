package org.homegw.cwmp.client.internal.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.session.Outgoing;
import org.homegw.cwmp.client.internal.session.QueuedRequest;
import org.homegw.cwmp.client.internal.session.WireCodec;
import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.AutonomousTransferComplete;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.RequestDownload;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.datamodel.spi.AtomicFiles;

/**
 * CPE-originated requests waiting for the ACS, persisted (as encoded SOAP, with their events)
 * atomically on every change, so a TransferComplete survives kill -9 until the ACS answers it.
 *
 * <p>Completion reports are de-duplicated by their {@link CpeRequestIdentity}: one queued again while
 * it still waits, or after the ACS answered it (the last {@value #ANSWERED_KEPT} answered identities
 * are kept on disk), is not queued twice. That closes the producer's crash window between "queued
 * here" and "forgotten there".
 */
public final class RequestQueue {

    private static final System.Logger LOG = System.getLogger(RequestQueue.class.getName());

    private final Path file;
    private final WireCodec codec;
    /** How many answered identities are remembered: far more than a crash window can re-queue. */
    static final int ANSWERED_KEPT = 64;

    private final List<QueuedRequest> requests = new ArrayList<>();
    private final java.util.Deque<String> answered = new java.util.ArrayDeque<>();
    private long nextKey = 1;

    private RequestQueue(Path file, WireCodec codec) {
        this.file = file;
        this.codec = codec;
    }

    public static RequestQueue open(Path file, WireCodec codec) {
        RequestQueue q = new RequestQueue(file, codec);
        q.load();
        return q;
    }

    /** Whether the ACS accepts this method from a CPE. */
    public static boolean isCpeRequest(CwmpRequest r) {
        return r instanceof TransferComplete || r instanceof AutonomousTransferComplete
                || r instanceof DUStateChangeComplete || r instanceof AutonomousDUStateChangeComplete
                || r instanceof RequestDownload || r instanceof GetRPCMethods;
    }

    /**
     * Queues {@code request} (persisted before returning). Answers the queued entry: the one already
     * waiting for a report with the same identity, or empty when the ACS already answered that report.
     */
    public synchronized java.util.Optional<QueuedRequest> add(CwmpRequest request, List<CwmpEvent> events) {
        if (!isCpeRequest(request)) {
            throw new IllegalArgumentException(request.methodName() + " is not a CPE-to-ACS request");
        }
        java.util.Optional<String> identity = CpeRequestIdentity.of(request);
        if (identity.isPresent()) {
            for (QueuedRequest waiting : requests) {
                if (identity.equals(CpeRequestIdentity.of(waiting.request()))) {
                    LOG.log(Level.INFO, "{0} queued again while the same report waits ({1}); kept once",
                            request.methodName(), identity.get());
                    return java.util.Optional.of(waiting);
                }
            }
            if (answered.contains(identity.get())) {
                LOG.log(Level.INFO, "{0} queued again after the ACS answered the same report ({1}); not sent twice",
                        request.methodName(), identity.get());
                return java.util.Optional.empty();
            }
        }
        QueuedRequest q = new QueuedRequest(String.valueOf(nextKey++), request, events);
        requests.add(q);
        save();
        return java.util.Optional.of(q);
    }

    /** The ACS answered the request (or it was dropped): it leaves the queue; its identity is remembered. */
    public synchronized void remove(String key) {
        for (QueuedRequest r : requests) {
            if (r.key().equals(key)) {
                requests.remove(r);
                CpeRequestIdentity.of(r.request()).ifPresent(this::rememberAnswered);
                save();
                return;
            }
        }
    }

    private void rememberAnswered(String identity) {
        answered.addLast(identity);
        while (answered.size() > ANSWERED_KEPT) {
            answered.removeFirst();
        }
    }

    public synchronized List<QueuedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized boolean isEmpty() {
        return requests.isEmpty();
    }

    /** The events announcing the queued requests, repeated in every Inform until each is answered. */
    public synchronized List<CwmpEvent> events() {
        return requests.stream().flatMap(r -> r.events().stream()).distinct().toList();
    }

    /** Factory reset: nothing waits, nothing is remembered. */
    public synchronized void clear() {
        requests.clear();
        answered.clear();
        save();
    }

    private void load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            nextKey = Long.parseLong(p.getProperty("nextKey", "1"));
            for (int i = 0; p.getProperty("answered." + i) != null; i++) {
                answered.addLast(p.getProperty("answered." + i));
            }
            for (int i = 0; p.getProperty("req." + i + ".key") != null; i++) {
                String prefix = "req." + i + ".";
                List<Envelope> env = codec.read(Base64.getDecoder().decode(p.getProperty(prefix + "soap")));
                CwmpRequest request = (CwmpRequest) env.get(0).first();
                List<CwmpEvent> events = new ArrayList<>();
                for (int j = 0; p.getProperty(prefix + "event." + j + ".code") != null; j++) {
                    events.add(new CwmpEvent(p.getProperty(prefix + "event." + j + ".code"),
                            p.getProperty(prefix + "event." + j + ".key", "")));
                }
                requests.add(new QueuedRequest(p.getProperty(prefix + "key"), request, events));
            }
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException | WireCodec.MalformedReplyException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            LOG.log(Level.ERROR, "queued CWMP requests in " + file + " unreadable (" + e + "); moved to " + aside);
            requests.clear();
            answered.clear();
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "cannot move " + file + " aside: " + moveFailed.getMessage());
            }
        }
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty("nextKey", String.valueOf(nextKey));
        int n = 0;
        for (String identity : answered) {
            p.setProperty("answered." + n++, identity);
        }
        try {
            for (int i = 0; i < requests.size(); i++) {
                QueuedRequest r = requests.get(i);
                String prefix = "req." + i + ".";
                p.setProperty(prefix + "key", r.key());
                ByteArrayOutputStream soap = new ByteArrayOutputStream();
                codec.write(List.of(new Outgoing.Plain(Envelope.of(CwmpVersion.V1_4, r.key(), r.request()))), soap);
                p.setProperty(prefix + "soap", Base64.getEncoder().encodeToString(soap.toByteArray()));
                for (int j = 0; j < r.events().size(); j++) {
                    p.setProperty(prefix + "event." + j + ".code", r.events().get(j).code());
                    p.setProperty(prefix + "event." + j + ".key", r.events().get(j).commandKey());
                }
            }
            AtomicFiles.writeProperties(file, p,
                    "homegw CWMP client state; written atomically, do not edit while running");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist queued CWMP requests to " + file, e);
        }
    }
}
