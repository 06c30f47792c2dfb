package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Unsafe or broken XML is refused with a message saying why; nothing is fetched or expanded. */
public class HostileXmlTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final String BODY = "<dm:document xmlns:dm=\"urn:broadband-forum-org:cwmp:datamodel-1-14\">"
            + "<model name=\"Test:1.0\"><object name=\"Test.\" access=\"readOnly\">"
            + "<parameter name=\"P\" access=\"readOnly\"><syntax><string><size maxLength=\"&x;\"/></string></syntax>"
            + "</parameter></object></model></dm:document>";

    private String refusal(String xml) throws Exception {
        return refusal(xml, new BbfXmlReader());
    }

    private String refusal(String xml, BbfXmlReader reader) throws Exception {
        Path f = tmp.newFile().toPath();
        Files.writeString(f, xml);
        try {
            reader.read(f);
        } catch (DefinitionsException e) {
            assertTrue("message names the file: " + e.getMessage(), e.getMessage().contains(f.toString()));
            return e.getMessage();
        }
        fail("accepted: " + xml);
        return null;
    }

    @Test
    public void rejects_external_entity() throws Exception {
        String m = refusal("<?xml version=\"1.0\"?><!DOCTYPE document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + BODY);
        assertTrue(m, m.contains("external entities are not allowed"));
    }

    @Test
    public void rejects_external_dtd() throws Exception {
        String m = refusal("<!DOCTYPE document SYSTEM \"http://127.0.0.1:1/evil.dtd\">" + BODY.replace("&x;", "1"));
        assertTrue(m, m.contains("external DTD"));
    }

    @Test
    public void rejects_billion_laughs() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE document [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                dtd.append("&l").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("<!ENTITY x \"&l9;\">]>");
        String m = refusal(dtd + BODY);
        assertTrue(m, m.contains("must be plain text"));
    }

    @Test
    public void rejects_parameter_entities_and_element_declarations() throws Exception {
        assertTrue(refusal("<!DOCTYPE document [<!ENTITY % p \"x\">]>" + BODY).contains("parameter entities"));
        assertTrue(refusal("<!DOCTYPE document [<!ELEMENT document ANY>]>" + BODY).contains("only plain-text"));
    }

    @Test
    public void rejects_undeclared_entity_reference() throws Exception {
        assertTrue(refusal(BODY).contains("malformed XML"));
    }

    @Test
    public void rejects_oversize_input_from_file_and_stream() throws Exception {
        String big = BODY.replace("&x;", "1").replace("<model", "<!--" + "x".repeat(5000) + "--><model");
        String m = refusal(big, new BbfXmlReader(1000));
        assertTrue(m, m.contains("larger than the limit of 1000 bytes"));
        try {
            new BbfXmlReader(1000).read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "stream", List.of());
            fail("oversize stream accepted");
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("stream: larger than the limit"));
        }
    }

    @Test
    public void rejects_deep_nesting() throws Exception {
        String deep = "<a>".repeat(100) + "</a>".repeat(100);
        assertTrue(refusal(deep).contains("nested deeper than"));
    }

    @Test
    public void rejects_a_document_that_is_not_a_data_model() throws Exception {
        assertTrue(refusal("<html/>").contains("is not a BBF data-model <document>"));
    }

    @Test
    public void rejects_malformed_xml_with_a_line_number() throws Exception {
        String m = refusal("<dm:document xmlns:dm=\"x\">\n<model name=\"a\">\n</dm:document>");
        assertTrue(m, m.contains("line 3"));
    }

    @Test
    public void rejects_a_second_doctype() throws Exception {
        // fuzz finding F1: the JDK parser used to fail on the second DOCTYPE with MissingResourceException
        String m = refusal("<!DOCTYPE d [ ]><!DOCTYPE d [ \u0001 ]><d/>");
        assertTrue(m, m.contains("more than one DOCTYPE"));
    }

    @Test
    public void parser_failure_with_an_unchecked_exception_is_a_definitions_exception() throws Exception {
        // UTF-16 hides the DOCTYPE from the entity pre-pass, so the JDK parser scans it itself and
        // fails on the invalid character with an unchecked exception
        Path f = tmp.newFile().toPath();
        Files.write(f, "\uFEFF<!DOCTYPE d [ \u0001 ]><d/>".getBytes(StandardCharsets.UTF_16BE));
        try {
            new BbfXmlReader().read(f);
            fail("accepted");
        } catch (DefinitionsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(f.toString()) && e.getMessage().contains("malformed XML"));
        }
    }

    @Test
    public void accepts_plain_text_entities_and_expands_them() throws Exception {
        Path f = tmp.newFile().toPath();
        Files.writeString(f, "<!DOCTYPE document [ <!-- sizes --> <!ENTITY x \"32\"> ]>\n" + BODY);
        DataModelDefinitions m = new BbfXmlReader().readModel(f);
        assertEquals(Long.valueOf(32), m.parameter("Test.P").orElseThrow().syntax().maxLength());
    }
}
