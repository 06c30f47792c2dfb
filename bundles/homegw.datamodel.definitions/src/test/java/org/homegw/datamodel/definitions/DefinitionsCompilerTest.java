package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The compiler's command line: exit codes and messages. */
public class DefinitionsCompilerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DefinitionsCompiler.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void usage_errors_exit_2() {
        assertEquals(2, run());
        assertTrue(err().contains("usage:"));
        assertEquals(2, run("--out"));
        assertEquals(2, run("--bogus", "x.xml"));
        assertEquals(2, run("--out", "o", "a.xml", "--mount", "Device.Services"));
    }

    @Test
    public void refused_input_exits_1_and_writes_nothing() throws Exception {
        Path bad = tmp.newFile("bad.xml").toPath();
        Files.writeString(bad, "<!DOCTYPE x SYSTEM \"y\"><x/>");
        Path o = tmp.getRoot().toPath().resolve("o.dmdefs");
        assertEquals(1, run("--out", o.toString(), bad.toString()));
        assertTrue(err(), err().contains("external DTD"));
        assertTrue(Files.notExists(o));
    }

    @Test
    public void compiles_a_root_model_with_a_mounted_service() throws Exception {
        Path dm = BbfKit.dir().resolve("dm");
        Path o = tmp.getRoot().toPath().resolve("o.dmdefs");
        assertEquals(err(), 0, run("--out", o.toString(), dm.resolve("tr-181-1-7-0-full.xml").toString(),
                "--mount", "Device.Services.=" + dm.resolve("tr-140-1-3-1-cwmp-full.xml")));
        DataModelDefinitions m = new CompactDefinitionsReader().read(o);
        assertEquals("Device:1.14", m.name());
        assertTrue(m.object("Device.Services.StorageService.{i}.").isPresent());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Device:1.14, StorageService:1.3"));
    }

    @Test
    public void refuses_to_mount_a_root_model_or_under_a_missing_object() throws Exception {
        Path dm = BbfKit.dir().resolve("dm");
        Path o = tmp.getRoot().toPath().resolve("o.dmdefs");
        assertEquals(1, run("--out", o.toString(), dm.resolve("tr-181-1-7-0-full.xml").toString(),
                "--mount", "Device.Services.=" + dm.resolve("tr-181-1-7-0-full.xml")));
        assertTrue(err(), err().contains("is not a service model"));
        assertEquals(1, run("--out", o.toString(), dm.resolve("tr-181-1-7-0-full.xml").toString(),
                "--mount", "Device.Nope.=" + dm.resolve("tr-140-1-3-1-cwmp-full.xml")));
        assertTrue(err(), err().contains("cannot mount under Device.Nope."));
    }

    @Test
    public void unknown_root_model_name_is_refused() throws Exception {
        Path dm = BbfKit.dir().resolve("dm");
        assertEquals(1, run("--out", tmp.getRoot().toPath().resolve("o").toString(), "--model", "Device:9.9",
                dm.resolve("tr-140-1-3-1-cwmp-full.xml").toString()));
        assertTrue(err(), err().contains("no model named Device:9.9"));
    }
}
