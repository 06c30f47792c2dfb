package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What a bundle carries: only the additions of its vendor model, written by {@code --additions-to}. */
public class VendorAdditionsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<dm:document xmlns:dm=\"urn:broadband-forum-org:cwmp:datamodel-1-5\" spec=\"urn:example:%s\">\n";

    private static final String BASE = String.format(HEAD, "base")
            + "<dataType name=\"Percent\"><unsignedInt><range minInclusive=\"0\" maxInclusive=\"100\"/></unsignedInt></dataType>\n"
            + "<model name=\"Test:1.0\">\n"
            + " <object name=\"Test.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "  <parameter name=\"Mode\" access=\"readOnly\"><syntax><string/></syntax></parameter>\n"
            + " </object>\n"
            + " <object name=\"Test.Item.{i}.\" access=\"readOnly\" minEntries=\"0\" maxEntries=\"4\">\n"
            + "  <parameter name=\"Name\" access=\"readOnly\"><syntax><string/></syntax></parameter>\n"
            + " </object>\n"
            + " <object name=\"Test.Item.{i}.Stats.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "  <parameter name=\"Bytes\" access=\"readOnly\"><syntax><unsignedLong/></syntax></parameter>\n"
            + " </object>\n"
            + "</model>\n</dm:document>\n";

    private static final String VENDOR = String.format(HEAD, "vendor")
            + "<dataType name=\"Level\"><unsignedInt><range minInclusive=\"0\" maxInclusive=\"9\"/></unsignedInt></dataType>\n"
            + "<model name=\"X_ACME_Test:1.0\" base=\"Test:1.0\">\n"
            + " <object base=\"Test.Item.{i}.\" access=\"readOnly\" minEntries=\"0\" maxEntries=\"4\">\n"
            + "  <parameter name=\"X_ACME_Load\" access=\"readOnly\"><syntax><dataType ref=\"Level\"/></syntax></parameter>\n"
            + " </object>\n"
            + " <object name=\"Test.X_ACME_Led.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "  <parameter name=\"On\" access=\"readWrite\"><syntax><boolean/><default type=\"factory\" value=\"true\"/></syntax></parameter>\n"
            + " </object>\n"
            + "</model>\n</dm:document>\n";

    private DataModelDefinitions base;

    private Path write(String name, String text) throws Exception {
        Path f = tmp.getRoot().toPath().resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Before
    public void setUp() throws Exception {
        base = new BbfXmlReader().readModel(write("base.xml", BASE));
    }

    @Test
    public void only_the_vendor_objects_and_parameters_and_their_holders_are_kept() throws Exception {
        DataModelDefinitions adds = new DefinitionsCompiler(new BbfXmlReader())
                .compileAdditions(base, List.of(write("vendor.xml", VENDOR)), null);
        assertEquals(List.of("Test.", "Test.Item.{i}.", "Test.X_ACME_Led."),
                adds.objects().stream().map(ObjectDefinition::path).toList());
        assertEquals(List.of("Test.Item.{i}.X_ACME_Load", "Test.X_ACME_Led.On"),
                adds.parameters().stream().map(ParameterDefinition::path).toList());
        assertEquals("holders keep the base's facts", base.object("Test.Item.{i}.").orElseThrow(),
                adds.object("Test.Item.{i}.").orElseThrow());
        assertEquals(List.of("X_ACME_Test:1.0"), adds.models().stream().map(ModelInfo::name).toList());
        assertEquals("Test:1.0", adds.models().get(0).base());
        assertEquals("only the named types the additions use", List.of("Level"), List.copyOf(adds.dataTypes().keySet()));

        Path file = tmp.getRoot().toPath().resolve("adds.dmdefs");
        new CompactDefinitionsWriter().write(adds, List.of("test"), file);
        assertEquals(adds, new CompactDefinitionsReader().read(file));
    }

    @Test
    public void a_vendor_model_that_changes_a_base_definition_is_refused_naming_it() throws Exception {
        String changing = VENDOR.replace("<object base=\"Test.Item.{i}.\" access=\"readOnly\"",
                "<object base=\"Test.Item.{i}.\" access=\"readWrite\"");
        try {
            new DefinitionsCompiler(new BbfXmlReader()).compileAdditions(base, List.of(write("v.xml", changing)), null);
            fail("a modification was accepted");
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Test.Item.{i}.") && e.getMessage().contains("only add"));
        }
        String param = String.format(HEAD, "p") + "<model name=\"X_P:1.0\" base=\"Test:1.0\">\n"
                + " <object base=\"Test.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
                + "  <parameter base=\"Mode\" access=\"readWrite\"/>\n </object>\n</model>\n</dm:document>\n";
        try {
            new DefinitionsCompiler(new BbfXmlReader()).compileAdditions(base, List.of(write("p.xml", param)), null);
            fail("a parameter modification was accepted");
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Test.Mode"));
        }
    }

    @Test
    public void a_vendor_model_adding_nothing_is_refused() throws Exception {
        String empty = String.format(HEAD, "e") + "<model name=\"X_E:1.0\" base=\"Test:1.0\"/>\n</dm:document>\n";
        try {
            new DefinitionsCompiler(new BbfXmlReader()).compileAdditions(base, List.of(write("e.xml", empty)), null);
            fail("accepted");
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("adds nothing"));
        }
    }

    @Test
    public void command_line_writes_the_additions_over_a_compact_base() throws Exception {
        Path compactBase = tmp.getRoot().toPath().resolve("base.dmdefs");
        new CompactDefinitionsWriter().write(base, List.of("base"), compactBase);
        Path out = tmp.getRoot().toPath().resolve("OSGI-INF/homegw/datamodel/X_ACME.dmdefs");
        Files.createDirectories(out.getParent());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream outStream = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int status = DefinitionsCompiler.run(new String[] {"--out", out.toString(), "--additions-to", compactBase.toString(),
                write("vendor.xml", VENDOR).toString()}, outStream, errStream);
        assertEquals(err.toString(StandardCharsets.UTF_8), 0, status);
        DataModelDefinitions read = new CompactDefinitionsReader().read(out);
        assertEquals(2, read.parameters().size());
        assertTrue(Files.readString(out).contains("# Additions to Test:1.0 (base.dmdefs) only"));

        assertEquals(2, DefinitionsCompiler.run(new String[] {"--out", out.toString(), "--additions-to",
                compactBase.toString(), "v.xml", "--mount", "Test.=s.xml"}, outStream, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot be combined"));
    }
}
