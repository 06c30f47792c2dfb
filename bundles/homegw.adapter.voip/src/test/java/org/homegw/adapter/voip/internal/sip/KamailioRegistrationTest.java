package org.homegw.adapter.voip.internal.sip;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Real SIP registrations against Kamailio on 127.0.0.1 (skipped when Kamailio is not installed). */
public class KamailioRegistrationTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private LocalKamailio kamailio;

    @Before
    public void startRegistrar() throws IOException {
        kamailio = LocalKamailio.start(tmp.getRoot().toPath());
    }

    @After
    public void stopRegistrar() throws InterruptedException {
        if (kamailio != null) {
            kamailio.close();
        }
    }

    /** T1 of 100 ms: the registrar gets 6.4 s (timer F) to come up and answer. */
    private SipRegistrationClient client() {
        return new SipRegistrationClient(kamailio.address(), Duration.ofMillis(100));
    }

    @Test
    public void registers_after_answering_the_digest_challenge() throws IOException {
        SipRegistrationClient.Result r = client().register("sip:alice@127.0.0.1", "alice", LocalKamailio.PASSWORD, 600);
        assertTrue(r + "", r.registered());
        assertEquals(200, r.status());
        assertTrue(r.expires() > 0 && r.expires() <= 600);
        SipRegistrationClient.Result gone = client().register("sip:alice@127.0.0.1", "alice", LocalKamailio.PASSWORD, 0);
        assertEquals(200, gone.status());
    }

    @Test
    public void a_wrong_password_is_refused() throws IOException {
        SipRegistrationClient.Result r = client().register("sip:bob@127.0.0.1", "bob", "wrong", 600);
        assertFalse(r.registered());
        assertTrue(r + "", r.status() == 401 || r.status() == 403);
    }

    @Test
    public void no_answer_is_a_timeout_after_timer_f() throws IOException {
        int closedPort;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try {
            new SipRegistrationClient(new InetSocketAddress("127.0.0.1", closedPort), Duration.ofMillis(20))
                    .register("sip:carol@127.0.0.1", "carol", "x", 600);
            fail("registered with nobody");
        } catch (SocketTimeoutException expected) {
            // nobody there
        }
    }
}
