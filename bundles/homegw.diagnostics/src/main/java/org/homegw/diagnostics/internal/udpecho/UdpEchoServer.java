package org.homegw.diagnostics.internal.udpecho;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;

/**
 * The gateway as TR-143 UDP echo server (UDPEchoConfig): answers each datagram from the allowed
 * source with the same payload, filling in the Echo Plus header when enabled, and keeps the counters
 * the model reports. Bytes are counted with the 8-byte UDP header, as the model asks.
 */
public final class UdpEchoServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(UdpEchoServer.class.getName());
    private static final int UDP_HEADER = 8;

    /** The counters of UDPEchoConfig. */
    public record Stats(long packetsReceived, long packetsResponded, long bytesReceived, long bytesResponded,
            Instant firstReceived, Instant lastReceived) {
    }

    private final DatagramSocket socket;
    private final InetAddress allowedSource;
    private final boolean echoPlus;
    private final Clock clock;
    private final Thread thread;
    private long received;
    private long responded;
    private long bytesIn;
    private long bytesOut;
    private long failures;
    private Instant first;
    private Instant last;

    /**
     * Starts listening on {@code bind}; {@code allowedSource} null answers any source.
     *
     * @throws IOException when the port cannot be bound
     */
    public UdpEchoServer(InetSocketAddress bind, InetAddress allowedSource, boolean echoPlus, Clock clock)
            throws IOException {
        this.socket = new DatagramSocket(bind);
        this.allowedSource = allowedSource;
        this.echoPlus = echoPlus;
        this.clock = clock;
        this.thread = new Thread(this::serve, "homegw-udp-echo-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public synchronized Stats stats() {
        return new Stats(received, responded, bytesIn, bytesOut, first, last);
    }

    private void serve() {
        byte[] buf = new byte[65_535];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return;
            }
            Instant at = clock.instant();
            if (allowedSource != null && !allowedSource.equals(p.getAddress())) {
                continue;
            }
            long sn;
            synchronized (this) {
                received++;
                bytesIn += p.getLength() + UDP_HEADER;
                first = first == null ? at : first;
                last = at;
                sn = responded + 1;
            }
            if (echoPlus && p.getLength() >= EchoPlusHeader.LENGTH) {
                EchoPlusHeader in = EchoPlusHeader.read(buf, p.getLength());
                long failed;
                synchronized (this) {
                    failed = failures;
                }
                new EchoPlusHeader(in.genSn(), sn, EchoPlusHeader.micros(at), EchoPlusHeader.micros(clock.instant()),
                        failed).write(buf);
            }
            try {
                socket.send(new DatagramPacket(buf, p.getLength(), p.getSocketAddress()));
                synchronized (this) {
                    responded++;
                    bytesOut += p.getLength() + UDP_HEADER;
                }
            } catch (IOException e) {
                synchronized (this) {
                    failures++;
                }
                LOG.log(Level.DEBUG, "UDP echo reply failed: {0}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
