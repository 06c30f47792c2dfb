package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Vendor XML in the BBF schema: models with base=, object/parameter modifications, imported types. */
public class VendorExtensionTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<dm:document xmlns:dm=\"urn:broadband-forum-org:cwmp:datamodel-1-5\" spec=\"urn:example:%s\">\n";

    private static final String BASE = String.format(HEAD, "base")
            + "<dataType name=\"Percent\"><unsignedInt><range minInclusive=\"0\" maxInclusive=\"100\"/></unsignedInt></dataType>\n"
            + "<model name=\"Test:1.0\">\n"
            + " <object name=\"Test.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "  <parameter name=\"Mode\" access=\"readOnly\"><syntax><string>"
            + "<enumeration value=\"A\"/><enumeration value=\"B\"/></string></syntax></parameter>\n"
            + "  <parameter name=\"Load\" access=\"readOnly\"><syntax><dataType ref=\"Percent\"/></syntax></parameter>\n"
            + " </object>\n"
            + " <object name=\"Test.Item.{i}.\" access=\"readOnly\" minEntries=\"0\" maxEntries=\"4\">\n"
            + "  <parameter name=\"Name\" access=\"readOnly\"><syntax><string/></syntax></parameter>\n"
            + " </object>\n"
            + "</model>\n</dm:document>\n";

    private static final String VENDOR = String.format(HEAD, "vendor")
            + "<import file=\"base.xml\"><dataType name=\"Percent\"/><model name=\"Test:1.0\"/></import>\n"
            + "<model name=\"X_ACME_Test:1.0\" base=\"Test:1.0\">\n"
            + " <object base=\"Test.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "  <parameter base=\"Mode\" access=\"readWrite\"><syntax><string><enumeration value=\"X_ACME_C\"/></string>"
            + "<default type=\"factory\" value=\"A\"/></syntax></parameter>\n"
            + "  <parameter name=\"X_ACME_Fan\" access=\"readWrite\" activeNotify=\"canDeny\"><syntax><dataType ref=\"Percent\">"
            + "<range minInclusive=\"20\" maxInclusive=\"100\" step=\"10\"/></dataType></syntax></parameter>\n"
            + " </object>\n"
            + " <object base=\"Test.Item.{i}.\" access=\"readWrite\" maxEntries=\"unbounded\"/>\n"
            + " <object name=\"Test.X_ACME_Led.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "  <parameter name=\"On\" access=\"readWrite\"><syntax><boolean/></syntax></parameter>\n"
            + " </object>\n"
            + "</model>\n</dm:document>\n";

    private Path write(String name, String text) throws Exception {
        Path f = tmp.getRoot().toPath().resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    public void vendor_model_extends_an_imported_base_model() throws Exception {
        write("base.xml", BASE);
        DataModelDefinitions m = new BbfXmlReader().readModel(write("vendor.xml", VENDOR));
        assertEquals("X_ACME_Test:1.0", m.name());
        assertEquals("urn:example:vendor", m.models().get(0).spec());

        ParameterDefinition mode = m.parameter("Test.Mode").orElseThrow();
        assertEquals(Access.READ_WRITE, mode.access());
        assertEquals(List.of("A", "B", "X_ACME_C"), mode.syntax().enumerationValues());
        assertEquals(new DefaultValue(DefaultValue.Kind.FACTORY, "A"), mode.defaultValue());

        ParameterDefinition fan = m.parameter("Test.X_ACME_Fan").orElseThrow();
        assertEquals("Percent", fan.syntax().dataType());
        assertEquals(BaseType.UNSIGNED_INT, fan.syntax().baseType());
        assertEquals(ActiveNotify.CAN_DENY, fan.activeNotify());
        assertEquals(1, fan.syntax().ranges().size());
        assertEquals(20, fan.syntax().ranges().get(0).minInclusive().intValue());

        ObjectDefinition item = m.object("Test.Item.{i}.").orElseThrow();
        assertTrue(item.isCreatable());
        assertTrue(item.isUnbounded());
        assertEquals(0, item.minEntries());

        assertTrue(m.parameter("Test.X_ACME_Led.On").isPresent());
        // new parameters are grouped with their object, after the base ones
        assertEquals(List.of("Test.Mode", "Test.Load", "Test.X_ACME_Fan"),
                m.parametersOf("Test.").stream().map(ParameterDefinition::path).toList());
        assertEquals(List.of("Test.", "Test.Item.{i}.", "Test.X_ACME_Led."),
                m.objects().stream().map(ObjectDefinition::path).toList());
    }

    @Test
    public void vendor_model_can_extend_a_model_loaded_before() throws Exception {
        DataModelDefinitions base = new BbfXmlReader().readModel(write("other.xml", BASE));
        Path vendor = tmp.newFolder("v").toPath().resolve("vendor.xml");
        Files.writeString(vendor, VENDOR.replace("<dataType name=\"Percent\"/>", "")
                .replace("<dataType ref=\"Percent\">", "<dataType ref=\"X_Percent\">")
                .replace("<import file=\"base.xml\">", "<dataType name=\"X_Percent\"><unsignedInt/></dataType><import file=\"base.xml\">"));
        DataModelDefinitions m = new BbfXmlReader().read(vendor, List.of(base)).get(0);
        assertTrue("base model's data types are kept", m.dataType("Percent").isPresent());
        assertTrue(m.dataType("X_Percent").isPresent());
        assertEquals(BaseType.UNSIGNED_INT, m.parameter("Test.Load").orElseThrow().syntax().baseType());
        assertEquals("X_Percent", m.parameter("Test.X_ACME_Fan").orElseThrow().syntax().dataType());
    }

    @Test
    public void import_without_corrigendum_number_finds_the_highest_corrigendum() throws Exception {
        write("tr-999-1-0-0.xml", BASE.replace("maxEntries=\"4\"", "maxEntries=\"3\""));
        write("tr-999-1-0-2.xml", BASE);
        write("tr-999-1-0-10-types.xml", BASE.replace("maxEntries=\"4\"", "maxEntries=\"5\""));
        DataModelDefinitions m = new BbfXmlReader().readModel(write("vendor.xml",
                VENDOR.replace("base.xml", "tr-999-1-0.xml").replace("maxEntries=\"unbounded\"", "")));
        assertEquals(4, m.object("Test.Item.{i}.").orElseThrow().maxEntries());
    }

    @Test
    public void modification_of_an_undefined_object_is_refused() throws Exception {
        write("base.xml", BASE);
        Path f = write("bad.xml", VENDOR.replace("<object base=\"Test.Item.{i}.\"", "<object base=\"Test.Nope.{i}.\""));
        try {
            new BbfXmlReader().read(f);
            fail();
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Test.Nope.{i}.") && e.getMessage().contains("line"));
        }
    }

    @Test
    public void unknown_base_model_and_unknown_type_are_refused() throws Exception {
        Path f = write("alone.xml", VENDOR);
        try {
            new BbfXmlReader().read(f);
            fail();
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("extends unknown model Test:1.0"));
        }
        Path g = write("types.xml", BASE.replace("<dataType ref=\"Percent\"/>", "<dataType ref=\"Nope\"/>"));
        try {
            new BbfXmlReader().read(g);
            fail();
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("unknown data type Nope"));
        }
    }

    @Test
    public void object_without_parent_is_refused() throws Exception {
        Path f = write("orphan.xml", BASE.replace("\"Test.Item.{i}.\"", "\"Test.Lost.Item.{i}.\""));
        try {
            new BbfXmlReader().read(f);
            fail();
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("has no parent object Test.Lost."));
        }
    }

    @Test
    public void duplicate_definition_is_refused() throws Exception {
        Path f = write("dup.xml", BASE.replace("<parameter name=\"Load\"", "<parameter name=\"Mode\""));
        try {
            new BbfXmlReader().read(f);
            fail();
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Test.Mode defined twice"));
        }
    }

    @Test
    public void types_import_from_tr_106_types_with_its_entities() throws Exception {
        Files.copy(BbfKit.dm("tr-106-types.xml"), tmp.getRoot().toPath().resolve("tr-106-types.xml"));
        String doc = String.format(HEAD, "t")
                + "<import file=\"tr-106-types.xml\"><dataType name=\"IPv4Address\"/><dataType name=\"Alias\"/></import>\n"
                + "<model name=\"T:1.0\"><object name=\"T.\" access=\"readOnly\">"
                + "<parameter name=\"Addr\" access=\"readWrite\"><syntax><dataType ref=\"IPv4Address\"/></syntax></parameter>"
                + "<parameter name=\"Alias\" access=\"readWrite\"><syntax><dataType ref=\"Alias\"/></syntax></parameter>"
                + "</object></model></dm:document>";
        DataModelDefinitions m = new BbfXmlReader().readModel(write("t.xml", doc));
        Syntax addr = m.parameter("T.Addr").orElseThrow().syntax();
        assertEquals(Long.valueOf(15), addr.maxLength());
        assertEquals("((25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])",
                addr.patterns().get(1));
        Syntax alias = m.parameter("T.Alias").orElseThrow().syntax();
        assertEquals(Long.valueOf(64), alias.maxLength());
        assertFalse(alias.isList());
    }
}
