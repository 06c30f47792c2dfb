package org.homegw.cwmp.connreq.internal.stun;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A classic STUN server (RFC 3489 section 8.2) on 127.0.0.1 for tests: answers Binding Requests with
 * MAPPED-ADDRESS, SOURCE-ADDRESS and CHANGED-ADDRESS; when a password is configured, answers 401 to
 * requests without MESSAGE-INTEGRITY, 431 to a wrong one, and signs its responses. It can pretend to
 * be behind a NAT (report another mapped address) and drop the first requests. Codec-independent
 * where it matters: it parses the header by hand and checks lengths byte for byte.
 */
public final class Rfc3489TestServer implements AutoCloseable {

    /** One request as received. */
    public record Received(byte[] bytes, StunMessage message, InetSocketAddress from) {
        boolean has(int attributeType) {
            return message.attribute(attributeType).isPresent();
        }
    }

    private final DatagramSocket socket;
    private final Thread thread;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile InetSocketAddress reportedMapping;
    private volatile String username;
    private volatile String password;
    private volatile int dropFirst;

    public Rfc3489TestServer() throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "rfc3489-test-server");
        thread.setDaemon(true);
        thread.start();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /** Report this address instead of the real source (a NAT in between); null reports the source. */
    public void reportMapping(InetSocketAddress mapping) {
        this.reportedMapping = mapping;
    }

    void requireIntegrity(String user, String pass) {
        this.username = user;
        this.password = pass;
    }

    void dropFirst(int n) {
        this.dropFirst = n;
    }

    public Received nextRequest() throws InterruptedException {
        Received r = received.poll(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no STUN request arrived");
        }
        return r;
    }

    int queued() {
        return received.size();
    }

    private void serve() {
        byte[] buf = new byte[1500];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                handle(Arrays.copyOf(buf, p.getLength()), (InetSocketAddress) p.getSocketAddress());
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(byte[] data, InetSocketAddress from) throws IOException {
        int type = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
        int length = ((data[2] & 0xFF) << 8) | (data[3] & 0xFF);
        if (data.length < 20 || length != data.length - 20 || type != StunMessage.BINDING_REQUEST) {
            return; // RFC 3489: discard what is not a well-formed Binding Request
        }
        StunMessage m = StunMessage.decode(data, data.length);
        received.add(new Received(data, m, from));
        if (dropFirst > 0) {
            dropFirst--;
            return;
        }
        byte[] key = null;
        if (password != null) {
            if (m.attribute(StunMessage.MESSAGE_INTEGRITY).isEmpty()) {
                reply(error(m, 401, "Unauthorized"), null, from);
                return;
            }
            String user = new String(m.attribute(StunMessage.USERNAME).orElse(new byte[0]), StandardCharsets.UTF_8)
                    .replace("\0", "");
            key = password.getBytes(StandardCharsets.UTF_8);
            if (!user.equals(username) || !StunMessage.verifyIntegrity(data, data.length, key)) {
                reply(error(m, 431, "Integrity Check Failure"), null, from);
                return;
            }
        }
        InetSocketAddress mapped = reportedMapping != null ? reportedMapping : from;
        List<StunMessage.Attribute> attrs = new ArrayList<>();
        attrs.add(new StunMessage.Attribute(StunMessage.MAPPED_ADDRESS, StunMessage.encodeAddress(mapped)));
        attrs.add(new StunMessage.Attribute(StunMessage.SOURCE_ADDRESS, StunMessage.encodeAddress(address())));
        attrs.add(new StunMessage.Attribute(StunMessage.CHANGED_ADDRESS, StunMessage.encodeAddress(address())));
        reply(new StunMessage(StunMessage.BINDING_RESPONSE, m.transactionId(), attrs), key, from);
    }

    private static StunMessage error(StunMessage request, int code, String reason) {
        return new StunMessage(StunMessage.BINDING_ERROR_RESPONSE, request.transactionId(),
                List.of(new StunMessage.Attribute(StunMessage.ERROR_CODE, StunMessage.encodeErrorCode(code, reason))));
    }

    private void reply(StunMessage m, byte[] key, InetSocketAddress to) throws IOException {
        byte[] out = m.encode(key);
        socket.send(new DatagramPacket(out, out.length, to));
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
