package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.homegw.swmod.internal.du.BundleDownloader;
import org.homegw.swmod.internal.du.DuFailure;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BundleDownloaderTest {

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
        BundleDownloader downloader = new BundleDownloader(1024 * 1024, Duration.ofMillis(300));
        try {
            downloader.download(files.url("/stall/x.jar"), null, null, dir);
            fail("a stalled download must fail");
        } catch (DuFailure f) {
            assertEquals(f.getMessage(), 9017, f.code());
            assertTrue(f.getMessage(), f.getMessage().contains("not complete within"));
        }
        assertFalse("interrupt leaked into the worker", Thread.currentThread().isInterrupted());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }
}
