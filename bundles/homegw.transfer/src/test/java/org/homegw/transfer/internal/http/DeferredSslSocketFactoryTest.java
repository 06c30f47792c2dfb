package org.homegw.transfer.internal.http;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

import org.junit.Test;

/** The transfer components' TLS set-up waits for the first TLS connection. */
public class DeferredSslSocketFactoryTest {

    @Test
    public void makes_the_real_factory_at_first_use_and_only_once() throws Exception {
        AtomicInteger made = new AtomicInteger();
        SSLSocketFactory real = SSLContext.getDefault().getSocketFactory();
        DeferredSslSocketFactory f = new DeferredSslSocketFactory(() -> {
            made.incrementAndGet();
            return real;
        });
        assertEquals("nothing made before a connection needs it", 0, made.get());
        assertArrayEquals(real.getSupportedCipherSuites(), f.getSupportedCipherSuites());
        try (var s = f.createSocket()) {
            assertEquals(real.createSocket().getClass(), s.getClass());
        }
        assertArrayEquals(real.getDefaultCipherSuites(), f.getDefaultCipherSuites());
        assertEquals(1, made.get());
    }

    @Test
    public void failure_to_make_it_fails_the_connection_and_is_tried_again_next_time() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        SSLSocketFactory real = SSLContext.getDefault().getSocketFactory();
        DeferredSslSocketFactory f = new DeferredSslSocketFactory(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new GeneralSecurityException("trust store unreadable");
            }
            return real;
        });
        SSLException e = assertThrows(SSLException.class, f::createSocket);
        assertEquals("cannot set up TLS: trust store unreadable", e.getMessage());
        try (var s = f.createSocket()) {
            assertSame(real.createSocket().getClass(), s.getClass());
        }
        assertEquals(2, attempts.get());
    }

    @Test
    public void io_failure_is_an_ssl_exception_with_its_cause() {
        IOException cause = new IOException("disk gone");
        DeferredSslSocketFactory f = new DeferredSslSocketFactory(() -> {
            throw cause;
        });
        SSLException e = assertThrows(SSLException.class, () -> f.createSocket("127.0.0.1", 1));
        assertSame(cause, e.getCause());
    }
}
