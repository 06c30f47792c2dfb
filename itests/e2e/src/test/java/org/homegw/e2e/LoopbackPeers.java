package org.homegw.e2e;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.rules.ExternalResource;

/**
 * The servers a diagnostics test talks to besides the lab ACS, on 127.0.0.1 with ephemeral ports:
 * a UDP echo server (RFC 862; it can be told to stay silent, which makes a UDPEcho test run for its
 * whole timeout) and a one-name authoritative DNS server (an A record for {@link #DNS_NAME}, NXDOMAIN
 * for any other name).
 */
public final class LoopbackPeers extends ExternalResource {

    public static final String DNS_NAME = "www.lab.test";
    public static final String DNS_ADDRESS = "192.0.2.7";

    public final AtomicBoolean echoSilent = new AtomicBoolean();
    public final AtomicInteger echoed = new AtomicInteger();
    public final AtomicInteger dnsQueries = new AtomicInteger();
    private DatagramSocket echo;
    private DatagramSocket dns;
    private Thread echoThread;
    private Thread dnsThread;

    @Override
    protected void before() throws SocketException {
        echo = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        dns = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        echoThread = serve(echo, "e2e-udp-echo", this::echo);
        dnsThread = serve(dns, "e2e-dns", this::answer);
    }

    @Override
    protected void after() {
        echo.close();
        dns.close();
        try {
            echoThread.join(5000);
            dnsThread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int echoPort() {
        return echo.getLocalPort();
    }

    public int dnsPort() {
        return dns.getLocalPort();
    }

    private interface Responder {
        byte[] reply(byte[] request, int length);
    }

    private static Thread serve(DatagramSocket socket, String name, Responder responder) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[65_535];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    socket.receive(p);
                    byte[] reply = responder.reply(buf, p.getLength());
                    if (reply != null) {
                        socket.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
                    }
                } catch (IOException | RuntimeException e) {
                    // closed at the end, or a datagram we cannot parse: nothing to answer
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private byte[] echo(byte[] request, int length) {
        if (echoSilent.get()) {
            return null;
        }
        echoed.incrementAndGet();
        return java.util.Arrays.copyOf(request, length);
    }

    /** One question in, the same question with an A answer (or NXDOMAIN) out; AA set. */
    private byte[] answer(byte[] q, int length) {
        dnsQueries.incrementAndGet();
        ByteBuffer in = ByteBuffer.wrap(q, 0, length);
        int id = in.getShort() & 0xFFFF;
        in.position(12);
        StringBuilder name = new StringBuilder();
        for (int l = in.get(); l != 0; l = in.get()) {
            byte[] label = new byte[l];
            in.get(label);
            name.append(name.length() == 0 ? "" : ".").append(new String(label, StandardCharsets.US_ASCII));
        }
        int type = in.getShort();
        int questionEnd = in.position() + 2;
        boolean known = name.toString().equalsIgnoreCase(DNS_NAME);
        boolean answerA = known && type == 1;
        ByteBuffer out = ByteBuffer.allocate(512);
        out.putShort((short) id).putShort((short) (0x8400 | 0x0100 | 0x0080 | (known ? 0 : 3)))
                .putShort((short) 1).putShort((short) (answerA ? 1 : 0)).putShort((short) 0).putShort((short) 0);
        out.put(q, 12, questionEnd - 12);
        if (answerA) {
            out.putShort((short) 0xC00C).putShort((short) 1).putShort((short) 1).putInt(60).putShort((short) 4)
                    .put(new byte[] {(byte) 192, 0, 2, 7});
        }
        byte[] r = new byte[out.position()];
        out.flip().get(r);
        return r;
    }
}
