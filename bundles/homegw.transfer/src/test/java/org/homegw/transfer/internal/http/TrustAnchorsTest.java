package org.homegw.transfer.internal.http;

import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TrustAnchorsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void lazy_socket_factory_reads_a_configured_pem_file_at_once() throws Exception {
        Path missing = tmp.getRoot().toPath().resolve("anchors.pem");
        try {
            TrustAnchors.lazySocketFactory(Optional.of(missing));
            fail("a missing trust anchor file must fail before the first transfer");
        } catch (NoSuchFileException expected) {
            // the component does not activate, as with an eagerly built SSLContext
        }
    }

    @Test
    public void lazy_socket_factory_is_built_once_and_kept() throws Exception {
        FileServerClient.TlsSource tls = TrustAnchors.lazySocketFactory(Optional.empty());
        assertSame(tls.socketFactory(), tls.socketFactory());
    }
}
