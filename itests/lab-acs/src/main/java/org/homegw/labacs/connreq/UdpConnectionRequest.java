package org.homegw.labacs.connreq;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.homegw.labacs.auth.Credentials;

/**
 * The UDP Connection Request of TR-111 Part 2 / TR-069 Annex G: one datagram holding
 * {@code GET http://host:port?ts=&id=&un=&cn=&sig= HTTP/1.1}, where sig is the lower-case hex
 * HMAC-SHA1 keyed with the ConnectionRequestPassword over ts‖id‖un‖cn; sent several times with
 * the same id, since UDP may lose it.
 */
public final class UdpConnectionRequest {

    /** Copies sent of each request (GenieACS sends 3). */
    public static final int COPIES = 3;

    private final Clock clock;
    private final boolean allowRemote;
    private final SecureRandom random = new SecureRandom();

    public UdpConnectionRequest(Clock clock, boolean allowRemote) {
        this.clock = clock;
        this.allowRemote = allowRemote;
    }

    /** One message, as sent (for the record and for tests). */
    public record Message(long ts, long id, String username, String cnonce, String signature, String text) {
    }

    /** Builds and sends {@link #COPIES} copies of one request to the CPE's UDPConnectionRequestAddress. */
    public Message send(String host, int port, Credentials credentials) throws IOException {
        InetAddress address = LoopbackGuard.check(host, allowRemote);
        Message m = build(host, port, credentials);
        byte[] bytes = m.text().getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(address.isLoopbackAddress()
                ? address : InetAddress.getByName("0.0.0.0"), 0))) {
            for (int i = 0; i < COPIES; i++) {
                socket.send(new DatagramPacket(bytes, bytes.length, address, port));
            }
        }
        return m;
    }

    /** Builds the message text for host:port (port omitted when 80). */
    public Message build(String host, int port, Credentials credentials) {
        long ts = clock.instant().getEpochSecond();
        long id = Integer.toUnsignedLong(random.nextInt());
        String cn = HexFormat.of().formatHex(randomBytes(8));
        String sig = signature(credentials.password(), ts, id, credentials.username(), cn);
        String authority = port == 80 ? host : host + ":" + port;
        String uri = "http://" + authority + "?ts=" + ts + "&id=" + id
                + "&un=" + URLEncoder.encode(credentials.username(), StandardCharsets.UTF_8)
                + "&cn=" + cn + "&sig=" + sig;
        String text = "GET " + uri + " HTTP/1.1\r\nHost: " + authority + "\r\nContent-Length: 0\r\n\r\n";
        return new Message(ts, id, credentials.username(), cn, sig, text);
    }

    /** Lower-case hex HMAC-SHA1(password, ts ‖ id ‖ un ‖ cn). */
    public static String signature(String password, long ts, long id, String username, String cnonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            byte[] key = password.getBytes(StandardCharsets.UTF_8);
            // HMAC pads the key with zero bytes, so an empty password equals the key {0}; the JCA refuses empty keys
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
            byte[] text = (Long.toString(ts) + id + username + cnonce).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(text));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 missing from the JDK", e);
        }
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
