package org.homegw.cwmp.connreq.internal.stun;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.connreq.internal.ManualScheduler;
import org.junit.Test;

/** Binding Error Responses, fed straight to the client: no sockets needed. */
public class StunErrorResponseTest {

    private final InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), 3478);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<byte[]> sent = new ArrayList<>();

    private StunClient started(String username, String password) {
        StunClient client = new StunClient(new StunClient.Settings(server, username, password, Duration.ofSeconds(30)),
                (data, to) -> sent.add(data), scheduler, mapped -> { }, new SecureRandom());
        client.start();
        return client;
    }

    private byte[] errorResponse(byte[] errorCodeValue) {
        byte[] request = sent.get(sent.size() - 1);
        byte[] transactionId = StunMessage.decode(request, request.length).transactionId();
        return new StunMessage(StunMessage.BINDING_ERROR_RESPONSE, transactionId,
                List.of(new StunMessage.Attribute(StunMessage.ERROR_CODE, errorCodeValue))).encode(null);
    }

    private void assertOnlyKeepAliveScheduled() {
        List<ManualScheduler.Task> pending = scheduler.pending();
        assertEquals(1, pending.size());
        assertEquals(Duration.ofSeconds(30), pending.get(0).delay);
    }

    @Test
    public void short_error_code_is_treated_like_a_missing_one() {
        // fuzz finding F4: an ERROR-CODE shorter than 4 bytes used to throw out of onMessage
        StunClient client = started("", "");
        for (int length = 0; length < 4; length++) {
            byte[] response = errorResponse(new byte[length]);
            client.onMessage(response, response.length, server);
            assertOnlyKeepAliveScheduled();
            scheduler.runNext(); // keep-alive period over: next transaction
        }
        assertEquals(5, sent.size());
    }

    @Test
    public void short_error_code_does_not_switch_to_message_integrity() {
        StunClient client = started("user", "pass");
        byte[] response = errorResponse(new byte[] {0, 0, 4});
        client.onMessage(response, response.length, server);
        assertEquals("no retry with credentials: the code is unknown", 1, sent.size());
        assertOnlyKeepAliveScheduled();
    }

    @Test
    public void a_readable_401_still_switches_to_message_integrity() {
        StunClient client = started("user", "pass");
        byte[] response = errorResponse(StunMessage.encodeErrorCode(401, "Unauthorized"));
        client.onMessage(response, response.length, server);
        assertEquals(2, sent.size());
        byte[] retry = sent.get(1);
        assertTrue(StunMessage.decode(retry, retry.length).attribute(StunMessage.MESSAGE_INTEGRITY).isPresent());
    }
}
