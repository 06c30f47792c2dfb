package org.homegw.datamodel.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AtomicFilesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    public void write_replaces_the_content_creates_parents_and_leaves_no_temporary_file() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("state/sub/serial");
        AtomicFiles.write(file, "one\n");
        AtomicFiles.write(file, "two\n");
        assertEquals("two\n", Files.readString(file));
        assertEquals(List.of("serial"), names(file.getParent()));
    }

    @Test
    public void written_file_is_readable_by_the_owner_only() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("secrets.properties");
        Assume.assumeTrue(Files.getFileStore(tmp.getRoot().toPath()).supportsFileAttributeView("posix"));
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    public void failed_replacement_leaves_the_old_content_and_no_temporary_file() throws Exception {
        // a non-empty directory cannot be renamed over: the last step fails, after the data was written
        Path target = tmp.newFolder("queue").toPath();
        Files.writeString(target.resolve("entry"), "kept");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "replacement"));
        assertEquals("kept", Files.readString(target.resolve("entry")));
        assertEquals(List.of("queue"), names(tmp.getRoot().toPath()));
    }

    @Test
    public void failed_serialisation_leaves_the_old_file() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("events.properties");
        AtomicFiles.write(file, "a=1\n");
        Properties broken = new Properties() {
            @Override
            public void store(java.io.OutputStream out, String comments) throws IOException {
                out.write("a=".getBytes(StandardCharsets.US_ASCII));
                throw new IOException("disk full");
            }
        };
        assertThrows(IOException.class, () -> AtomicFiles.writeProperties(file, broken, "c"));
        assertEquals("a=1\n", Files.readString(file));
        assertEquals(List.of("events.properties"), names(tmp.getRoot().toPath()));
    }

    @Test
    public void properties_are_written_under_their_comment_and_read_back() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("p.properties");
        Properties p = new Properties();
        p.setProperty("Device.ManagementServer.URL", "http://acs:7547/ü");
        AtomicFiles.writeProperties(file, p, "homegw test");
        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("#homegw test"));
        Properties back = new Properties();
        try (var in = Files.newInputStream(file)) {
            back.load(in);
        }
        assertEquals(p, back);
    }

    @Test
    public void move_into_replaces_the_target_with_the_complete_file() throws Exception {
        Path part = tmp.getRoot().toPath().resolve("fw.part");
        Path target = tmp.getRoot().toPath().resolve("banks/b.img");
        Files.writeString(part, "image");
        AtomicFiles.moveInto(part, target);
        assertFalse(Files.exists(part));
        assertEquals("image", Files.readString(target));
    }
}
