package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A device-config/datamodel folder holding a base model plus vendor extensions: compiled vendor models
 * ({@code *.dmdefs} whose root model is based on the base) and vendor XML are merged on load.
 */
public class VendorFolderTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<dm:document xmlns:dm=\"urn:broadband-forum-org:cwmp:datamodel-1-10\" spec=\"urn:example:%s\">\n";

    private static final String BASE = String.format(HEAD, "base")
            + "<model name=\"Test:1.2\">\n"
            + " <object name=\"Test.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "  <parameter name=\"Mode\" access=\"readOnly\"><syntax><string/></syntax></parameter>\n"
            + " </object>\n"
            + " <object name=\"Test.Info.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "  <parameter name=\"Name\" access=\"readOnly\"><syntax><string/></syntax></parameter>\n"
            + " </object>\n"
            + "</model>\n</dm:document>\n";

    private static String vendor(String prefix) {
        return String.format(HEAD, prefix)
                + "<model name=\"" + prefix + "_Test:1.2\" base=\"Test:1.2\">\n"
                + " <object base=\"Test.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
                + "  <parameter base=\"Mode\" access=\"readWrite\"/>\n"
                + "  <parameter name=\"" + prefix + "_Fan\" access=\"readWrite\"><syntax><unsignedInt/></syntax></parameter>\n"
                + " </object>\n"
                + " <object name=\"Test." + prefix + "_Led.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
                + "  <parameter name=\"On\" access=\"readWrite\"><syntax><boolean/></syntax></parameter>\n"
                + " </object>\n"
                + "</model>\n</dm:document>\n";
    }

    private Path sources;
    private Path folder;
    private final DefinitionsLoader loader = new DefinitionsLoader();

    @Before
    public void setUp() throws Exception {
        sources = tmp.newFolder("src").toPath();
        folder = tmp.newFolder("datamodel").toPath();
        Files.writeString(sources.resolve("base.xml"), BASE);
    }

    /** Compiles the base, plus a vendor XML if given, into a compact file of the folder. */
    private Path compile(String fileName, String vendorXml) throws Exception {
        List<Path> models = vendorXml == null ? List.of(sources.resolve("base.xml"))
                : List.of(sources.resolve("base.xml"), Files.writeString(sources.resolve(fileName + ".xml"), vendorXml));
        DataModelDefinitions defs = new DefinitionsCompiler(new BbfXmlReader()).compile(models, null, List.of());
        Path out = folder.resolve(fileName);
        new CompactDefinitionsWriter().write(defs, List.of("test"), out);
        return out;
    }

    @Test
    public void compiled_vendor_model_is_found_for_the_model_it_extends() throws Exception {
        Path plug = compile("plug.dmdefs", vendor("X_000000"));
        assertEquals(plug, loader.findCompact(folder, "Test:1").orElseThrow());
        ModelInfo root = new CompactDefinitionsReader().read(plug).models().get(0);
        assertEquals("X_000000_Test:1.2", root.name());
        assertEquals("Test:1.2", root.base());
    }

    @Test
    public void standard_base_is_preferred_and_compiled_vendor_files_are_merged_into_it() throws Exception {
        Path base = compile("test-1.2.dmdefs", null);
        compile("x1-plug.dmdefs", vendor("X_000001"));
        compile("x2-led.dmdefs", vendor("X_000002"));
        assertEquals(base, loader.findCompact(folder, "Test:1").orElseThrow());

        DataModelDefinitions m = loader.loadFolder(folder, "Test:1");
        assertEquals("Test:1.2", m.name());
        assertEquals(List.of("Test:1.2", "X_000001_Test:1.2", "X_000002_Test:1.2"),
                m.models().stream().map(ModelInfo::name).toList());
        assertTrue(m.parameter("Test.X_000001_Fan").isPresent());
        assertTrue(m.parameter("Test.X_000002_Led.On").isPresent());
        assertEquals(Access.READ_WRITE, m.parameter("Test.Mode").orElseThrow().access());
        assertEquals(List.of("Test.", "Test.Info.", "Test.X_000001_Led.", "Test.X_000002_Led."),
                m.objects().stream().map(ObjectDefinition::path).toList());
    }

    @Test
    public void vendor_xml_beside_the_base_is_merged() throws Exception {
        compile("test-1.2.dmdefs", null);
        Files.writeString(folder.resolve("X_000003_Plug.xml"), vendor("X_000003"));
        DataModelDefinitions m = loader.loadFolder(folder, "Test:1");
        assertEquals(List.of("Test:1.2", "X_000003_Test:1.2"), m.models().stream().map(ModelInfo::name).toList());
        assertTrue(m.parameter("Test.X_000003_Led.On").isPresent());
    }

    @Test
    public void broken_or_unrelated_extensions_are_skipped_and_the_base_still_loads() throws Exception {
        compile("test-1.2.dmdefs", null);
        Files.writeString(folder.resolve("broken.xml"), "<dm:document");
        Files.writeString(folder.resolve("other.xml"), vendor("X_000004").replace("base=\"Test:1.2\"", "base=\"Test:1.1\""));
        DataModelDefinitions m = loader.loadFolder(folder, "Test:1");
        assertEquals(List.of("Test:1.2"), m.models().stream().map(ModelInfo::name).toList());
        assertEquals(2, m.parameters().size());
    }
}
