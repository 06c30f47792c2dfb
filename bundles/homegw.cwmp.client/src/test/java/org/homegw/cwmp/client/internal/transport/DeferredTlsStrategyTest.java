package org.homegw.cwmp.client.internal.transport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLException;

import org.junit.Test;

/** An http client's TLS strategy is made only if a connection asks for TLS. */
public class DeferredTlsStrategyTest {

    @Test
    public void makes_the_strategy_at_the_first_upgrade_and_only_once() throws Exception {
        AtomicInteger made = new AtomicInteger();
        DeferredTlsStrategy s = new DeferredTlsStrategy(() -> {
            made.incrementAndGet();
            return (socket, target, port, attachment, context) -> null;
        });
        assertEquals(0, made.get());
        assertNull(s.upgrade(null, "acs.example", 443, null, null));
        assertNull(s.upgrade(null, "acs.example", 443, null, null));
        assertEquals(1, made.get());
    }

    @Test
    public void failure_to_make_it_fails_the_upgrade_with_the_reason() {
        TransportException cause = new TransportException(TransportException.Kind.TLS_REJECTED, "trust anchors unreadable", null);
        DeferredTlsStrategy s = new DeferredTlsStrategy(() -> {
            throw cause;
        });
        SSLException e = assertThrows(SSLException.class, () -> s.upgrade(null, "acs.example", 443, null, null));
        assertEquals("trust anchors unreadable", e.getMessage());
        assertSame(cause, e.getCause());
    }
}
