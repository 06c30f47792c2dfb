package org.homegw.adapter.nas.internal.fs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homegw.adapter.nas.spi.VolumeInfo;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DirectoryStorageDriverTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private Path root;
    private DirectoryStorageDriver driver;

    @Before
    public void setUp() throws IOException {
        root = tmp.getRoot().toPath().resolve("share");
        driver = new DirectoryStorageDriver(root);
    }

    @Test
    public void capacity_and_free_space_are_what_df_reports() throws Exception {
        Process df;
        try {
            df = new ProcessBuilder("df", "-B1", "--output=size,avail", root.toString()).start();
        } catch (IOException e) {
            Assume.assumeNoException("df not available", e);
            return;
        }
        String[] lines = new String(df.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\n");
        Assume.assumeTrue(df.waitFor() == 0 && lines.length == 2);
        String[] f = lines[1].strip().split("\\s+");
        VolumeInfo v = driver.volume();
        assertEquals(Long.parseLong(f[0]), v.totalBytes());
        // other processes write meanwhile: 1% of the volume of slack
        assertTrue(Math.abs(Long.parseLong(f[1]) - v.availableBytes()) <= v.totalBytes() / 100);
        assertFalse(v.fileSystem().isEmpty());
    }

    @Test
    public void folders_are_the_subdirectories() throws IOException {
        Files.createDirectory(root.resolve("b"));
        Files.createDirectory(root.resolve("a"));
        Files.writeString(root.resolve("file.txt"), "x");
        assertEquals(List.of("a", "b"), driver.folders());
    }

    @Test
    public void create_rename_and_delete_only_when_empty() throws IOException {
        driver.createFolder("Photos");
        assertTrue(Files.isDirectory(root.resolve("Photos")));
        driver.renameFolder("Photos", "Pictures");
        assertTrue(Files.isDirectory(root.resolve("Pictures")));
        Files.writeString(root.resolve("Pictures/p.jpg"), "jpeg");
        assertFalse(driver.deleteFolderIfEmpty("Pictures"));
        assertTrue(Files.exists(root.resolve("Pictures/p.jpg")));
        Files.delete(root.resolve("Pictures/p.jpg"));
        assertTrue(driver.deleteFolderIfEmpty("Pictures"));
        assertFalse(Files.exists(root.resolve("Pictures")));
    }

    @Test
    public void names_that_leave_the_volume_are_refused() throws IOException {
        for (String bad : List.of("..", "../outside", "a/b", ".", "")) {
            try {
                driver.createFolder(bad);
                fail("accepted " + bad);
            } catch (IOException expected) {
                // refused
            }
        }
        assertFalse(Files.exists(tmp.getRoot().toPath().resolve("outside")));
        assertFalse(FolderNames.isValid("x\u0000y"));
        assertTrue(FolderNames.isValid("Music & Films"));
    }
}
