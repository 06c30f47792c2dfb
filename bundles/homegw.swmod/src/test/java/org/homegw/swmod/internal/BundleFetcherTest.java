package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.homegw.swmod.internal.du.BundleFetcher;
import org.homegw.swmod.internal.du.DuFailure;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Deployment units come through the transfer manager's downloader; its failures keep the ChangeDUState faults. */
public class BundleFetcherTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private FileServer files;

    @Before
    public void setUp() throws Exception {
        files = new FileServer();
    }

    @After
    public void tearDown() {
        files.close();
    }

    @Test
    public void stalled_body_fails_with_9017_and_leaves_no_file_or_interrupt() throws Exception {
        Path dir = tmp.newFolder("work").toPath();
        BundleFetcher fetcher = TestGateway.fetcher(1024 * 1024, Duration.ofMillis(300));
        try {
            fetcher.fetch(files.url("/stall/x.jar"), null, null, dir);
            fail("a stalled download must fail");
        } catch (DuFailure f) {
            assertEquals(f.getMessage(), 9017, f.code());
            assertTrue(f.getMessage(), f.getMessage().contains("cut short"));
        }
        assertFalse("interrupt leaked into the worker", Thread.currentThread().isInterrupted());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    public void url_without_host_or_with_bad_syntax_fails_with_9003_and_tftp_with_9013() throws Exception {
        Path dir = tmp.newFolder("work").toPath();
        BundleFetcher fetcher = TestGateway.fetcher(1024, Duration.ofSeconds(5));
        assertEquals(9003, codeOf(fetcher, "http:///x.jar", dir));
        assertEquals(9003, codeOf(fetcher, "http://127.0.0.1/a b.jar", dir));
        assertEquals(9013, codeOf(fetcher, "tftp://127.0.0.1/x.jar", dir));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    private static int codeOf(BundleFetcher fetcher, String url, Path dir) {
        try {
            fetcher.fetch(url, null, null, dir);
            fail("expected a failure for " + url);
            return 0;
        } catch (DuFailure f) {
            return f.code();
        }
    }
}
