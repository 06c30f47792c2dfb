package org.homegw.diagnostics.internal.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;

import org.homegw.diagnostics.internal.core.Cancellation;

/** One UDP DNS exchange: sends a query and waits for the response with the same id from the server. */
public final class DnsClient {

    private final SecureRandom random = new SecureRandom();

    /** A response and how long it took (µs). */
    public record Exchange(DnsMessage.Answer answer, long micros) {
    }

    /**
     * @throws SocketTimeoutException when no valid response came within the timeout
     * @throws java.net.PortUnreachableException when the server's port is closed
     */
    public Exchange ask(InetSocketAddress server, String name, int type, int timeoutMillis, Cancellation cancel)
            throws IOException, InterruptedException {
        return ask(server, null, name, type, timeoutMillis, cancel);
    }

    /** {@code source}: the local address to ask from (the test's Interface), null for any. */
    public Exchange ask(InetSocketAddress server, java.net.InetAddress source, String name, int type,
            int timeoutMillis, Cancellation cancel) throws IOException, InterruptedException {
        int id = random.nextInt(0x10000);
        byte[] query = DnsMessage.query(id, name, type);
        DatagramSocket socket = source == null ? new DatagramSocket()
                : new DatagramSocket(new InetSocketAddress(source, 0));
        cancel.register(socket);
        try (socket) {
            socket.connect(server);
            long start = System.nanoTime();
            long deadline = start + timeoutMillis * 1_000_000L;
            socket.send(new DatagramPacket(query, query.length));
            byte[] buf = new byte[4096];
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    throw new SocketTimeoutException("no DNS answer from " + server);
                }
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(p);
                } catch (IOException e) {
                    cancel.check();
                    throw e;
                }
                long micros = (System.nanoTime() - start) / 1000;
                try {
                    DnsMessage.Answer a = DnsMessage.parse(buf, p.getLength(), type);
                    if (a.id() == id) {
                        return new Exchange(a, micros);
                    }
                } catch (IllegalArgumentException malformed) {
                    // a stray or broken datagram: keep waiting for the real answer
                }
            }
        } finally {
            cancel.unregister(socket);
        }
    }
}
