package org.homegw.diagnostics.internal.udpecho;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homegw.diagnostics.internal.core.Cancellation;

/**
 * Sends UDP echo packets carrying an Echo Plus header (TestGenSN = repetition number) and waits for
 * each reply up to the timeout; a reply counts only if it carries the TestGenSN just sent.
 */
public final class UdpEchoClient {

    /** One packet's fate; receive time and server fields are null/0 on failure. */
    public record Packet(boolean success, Instant sent, Instant received, long micros, EchoPlusHeader reply, long genSn) {
    }

    private final Clock clock;

    public UdpEchoClient(Clock clock) {
        this.clock = clock;
    }

    public List<Packet> run(InetSocketAddress target, int repetitions, int timeoutMillis, int size, int dscp,
            int interTransmissionMillis, Cancellation cancel) throws IOException, InterruptedException {
        return run(target, null, repetitions, timeoutMillis, size, dscp, interTransmissionMillis, cancel);
    }

    /** {@code source}: the local address to send from (the test's Interface), null for any. */
    public List<Packet> run(InetSocketAddress target, java.net.InetAddress source, int repetitions, int timeoutMillis,
            int size, int dscp, int interTransmissionMillis, Cancellation cancel)
            throws IOException, InterruptedException {
        List<Packet> packets = new ArrayList<>();
        DatagramSocket socket = source == null ? new DatagramSocket() : new DatagramSocket(new InetSocketAddress(source, 0));
        cancel.register(socket);
        try (socket) {
            socket.setTrafficClass(dscp << 2);
            socket.connect(target);
            byte[] out = new byte[Math.max(size, EchoPlusHeader.LENGTH)];
            byte[] in = new byte[out.length + 64];
            for (int i = 1; i <= repetitions; i++) {
                cancel.check();
                if (i > 1) {
                    Thread.sleep(interTransmissionMillis);
                }
                new EchoPlusHeader(i, 0, 0, 0, 0).write(out);
                Instant sentAt = clock.instant();
                long start = System.nanoTime();
                long deadline = start + timeoutMillis * 1_000_000L;
                socket.send(new DatagramPacket(out, size));
                packets.add(awaitReply(socket, in, i, sentAt, start, deadline, cancel));
            }
        } finally {
            cancel.unregister(socket);
        }
        return packets;
    }

    private Packet awaitReply(DatagramSocket socket, byte[] in, long genSn, Instant sentAt, long start, long deadline,
            Cancellation cancel) throws IOException, InterruptedException {
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return new Packet(false, sentAt, null, 0, null, genSn);
            }
            socket.setSoTimeout((int) left);
            DatagramPacket p = new DatagramPacket(in, in.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                return new Packet(false, sentAt, null, 0, null, genSn);
            } catch (java.net.PortUnreachableException e) {
                // ICMP port unreachable: this packet failed, the next may still succeed
                return new Packet(false, sentAt, null, 0, null, genSn);
            } catch (IOException e) {
                cancel.check();
                throw e;
            }
            long micros = (System.nanoTime() - start) / 1000;
            if (p.getLength() >= EchoPlusHeader.LENGTH) {
                EchoPlusHeader h = EchoPlusHeader.read(in, p.getLength());
                if (h.genSn() == genSn) {
                    return new Packet(true, sentAt, clock.instant(), micros, h, genSn);
                }
            } else if (p.getLength() > 0) {
                return new Packet(true, sentAt, clock.instant(), micros, null, genSn);
            }
        }
    }
}
