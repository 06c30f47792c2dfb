package org.homegw.diagnostics.internal.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny authoritative DNS server on 127.0.0.1 (ephemeral port) for tests: answers A/AAAA queries from
 * a fixed zone (with a compression pointer, as real servers do), NXDOMAIN for other names, and stays
 * silent for names starting with "silent".
 */
public final class LabDnsServer implements AutoCloseable {

    private final DatagramSocket socket;
    private final Thread thread;
    private final Map<String, List<InetAddress>> zone;
    public final AtomicInteger queries = new AtomicInteger();

    public LabDnsServer(Map<String, List<InetAddress>> zone) throws SocketException {
        this.zone = zone;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.thread = new Thread(this::serve, "lab-dns");
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buf = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                queries.incrementAndGet();
                byte[] answer = answer(buf, p.getLength());
                if (answer != null) {
                    socket.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private byte[] answer(byte[] q, int len) {
        ByteBuffer in = ByteBuffer.wrap(q, 0, len);
        int id = in.getShort() & 0xFFFF;
        in.position(12);
        StringBuilder name = new StringBuilder();
        for (int l = in.get(); l != 0; l = in.get()) {
            byte[] label = new byte[l];
            in.get(label);
            name.append(name.length() == 0 ? "" : ".").append(new String(label));
        }
        int type = in.getShort();
        int questionEnd = in.position() + 2;
        if (name.toString().startsWith("silent")) {
            return null;
        }
        List<InetAddress> all = zone.get(name.toString());
        List<InetAddress> matching = all == null ? List.of()
                : all.stream().filter(a -> a.getAddress().length == (type == 1 ? 4 : 16)).toList();
        ByteBuffer out = ByteBuffer.allocate(512);
        out.putShort((short) id).putShort((short) (0x8400 | 0x0100 | 0x0080 | (all == null ? 3 : 0)))
                .putShort((short) 1).putShort((short) matching.size()).putShort((short) 0).putShort((short) 0);
        out.put(q, 12, questionEnd - 12);
        for (InetAddress a : matching) {
            out.putShort((short) 0xC00C).putShort((short) type).putShort((short) 1).putInt(60)
                    .putShort((short) a.getAddress().length).put(a.getAddress());
        }
        byte[] r = new byte[out.position()];
        out.flip().get(r);
        return r;
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join(5000);
    }
}
