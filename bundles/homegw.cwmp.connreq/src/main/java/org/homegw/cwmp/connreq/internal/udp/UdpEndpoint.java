package org.homegw.cwmp.connreq.internal.udp;

import java.io.Closeable;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * The UDP Connection Request port. STUN binding requests are sent from it (so the NAT binding the
 * ACS uses is this port's), so one receiver thread demultiplexes: STUN messages (first two bits zero)
 * go to the STUN handler, everything else to the Connection Request receiver.
 */
public final class UdpEndpoint implements Closeable {

    private static final System.Logger LOG = System.getLogger(UdpEndpoint.class.getName());

    /** Receives STUN messages that arrived on the port. */
    @FunctionalInterface
    public interface StunHandler {
        void onStunMessage(byte[] data, int length, InetSocketAddress from);
    }

    private final DatagramSocket socket;
    private final UdpConnectionRequestReceiver receiver;
    private final Thread thread;
    private volatile StunHandler stunHandler = (d, l, f) -> { };
    private volatile boolean closed;
    private long handlerFailures; // receiver thread only

    public UdpEndpoint(InetAddress bindAddress, int port, UdpConnectionRequestReceiver receiver) throws IOException {
        this.receiver = receiver;
        this.socket = new DatagramSocket(new InetSocketAddress(bindAddress, port));
        this.thread = new Thread(this::receiveLoop, "homegw-connreq-udp");
        thread.setDaemon(true);
        thread.start();
        LOG.log(System.Logger.Level.INFO, "UDP Connection Request listener on {0}", socket.getLocalSocketAddress());
    }

    public void setStunHandler(StunHandler handler) {
        this.stunHandler = handler;
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void send(byte[] data, SocketAddress to) throws IOException {
        socket.send(new DatagramPacket(data, data.length, to));
    }

    private void receiveLoop() {
        byte[] buffer = new byte[UdpConnectionRequest.MAX_LENGTH + 1];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!closed) {
            InetSocketAddress from = null;
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
                int length = packet.getLength();
                from = (InetSocketAddress) packet.getSocketAddress();
                if (length >= 20 && (buffer[0] & 0xC0) == 0) {
                    stunHandler.onStunMessage(buffer, length, from);
                } else {
                    receiver.receive(buffer, length, String.valueOf(from));
                }
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "UDP receive failed: {0}", String.valueOf(e));
                }
            } catch (RuntimeException e) {
                // anyone can send datagrams: one log line without a stack trace each, so a flood of
                // hostile datagrams cannot fill the log with traces; the first one is a WARNING
                // (it is a bug in a handler), later ones DEBUG
                LOG.log(handlerFailures++ == 0 ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                        "UDP datagram from {0} could not be handled: {1}", from, String.valueOf(e));
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
