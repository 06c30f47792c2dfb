package org.homegw.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.homegw.datamodel.definitions.BbfXmlReader;
import org.homegw.datamodel.definitions.CompactDefinitionsReader;
import org.homegw.datamodel.definitions.CompactDefinitionsWriter;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefinitionsException;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The definitions loader on arbitrary files: BBF data-model XML (with a known base model, so
 * vendor {@code base=} extensions are reachable) and the compact format. Every input ends in
 * definitions or a {@link DefinitionsException} with a message, within 100 ms and a bounded
 * allocation; whatever is read survives a compact write/read round trip unchanged.
 */
class DefinitionsFuzzTest {

    /** Input limit for both readers: well above fuzzer-sized inputs, so the parsers are what is bounded. */
    static final long MAX_BYTES = 256 * 1024;

    /** A base model vendor inputs can extend with {@code <model base="Test:1.0">}. */
    static final String BASE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<dm:document xmlns:dm=\"urn:broadband-forum-org:cwmp:datamodel-1-5\" spec=\"urn:example:base\">\n"
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

    private final BbfXmlReader xml = new BbfXmlReader(MAX_BYTES);
    private final CompactDefinitionsReader compact = new CompactDefinitionsReader(MAX_BYTES);
    private final CompactDefinitionsWriter writer = new CompactDefinitionsWriter();
    private final List<DataModelDefinitions> known;

    DefinitionsFuzzTest() throws DefinitionsException {
        known = xml.read(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8)), "base", List.of());
    }

    @DictionaryFile(resourcePath = "/dict/bbf.dict")
    @FuzzTest
    void bbf_xml_gives_definitions_or_a_definitions_exception(byte[] data) throws Exception {
        InputBudget.check("BbfXmlReader", data.length, () -> {
            List<DataModelDefinitions> models;
            try {
                models = xml.read(new ByteArrayInputStream(data), "fuzz.xml", known);
            } catch (DefinitionsException e) {
                assertNotNull(e.getMessage());
                return;
            }
            for (DataModelDefinitions m : models) {
                assertEquals(m, compactRoundTrip(m), "compact round trip of " + m.name());
            }
        });
    }

    @DictionaryFile(resourcePath = "/dict/compact.dict")
    @FuzzTest
    void compact_text_gives_definitions_or_a_definitions_exception(byte[] data) throws Exception {
        InputBudget.check("CompactDefinitionsReader", data.length, () -> {
            DataModelDefinitions m;
            try {
                m = compact.read(new ByteArrayInputStream(data), "fuzz.dmdefs");
            } catch (DefinitionsException e) {
                assertNotNull(e.getMessage());
                return;
            }
            assertEquals(m, compactRoundTrip(m), "compact round trip of " + m.name());
        });
    }

    private DataModelDefinitions compactRoundTrip(DataModelDefinitions m) throws DefinitionsException {
        String text = writer.toText(m, List.of("fuzz"));
        return compact.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "round-trip");
    }
}
