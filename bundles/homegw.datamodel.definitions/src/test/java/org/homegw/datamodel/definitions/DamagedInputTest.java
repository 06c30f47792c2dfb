package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Randomly damaged inputs (fixed seeds, so failures reproduce) give either definitions or a
 * {@link DefinitionsException} with a message; never another exception.
 */
public class DamagedInputTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final String XML = "<?xml version=\"1.0\"?>\n"
            + "<dm:document xmlns:dm=\"urn:broadband-forum-org:cwmp:datamodel-1-14\" spec=\"urn:t\">\n"
            + "<dataType name=\"Pct\" base=\"Num\"><range minInclusive=\"0\" maxInclusive=\"100\" step=\"1\"/></dataType>\n"
            + "<dataType name=\"Num\"><unsignedInt/></dataType>\n"
            + "<model name=\"T:1.0\">\n"
            + "<object name=\"T.\" access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
            + "<parameter name=\"A\" access=\"readWrite\" activeNotify=\"canDeny\" forcedInform=\"true\"><syntax hidden=\"true\">"
            + "<list minItems=\"1\" maxItems=\"4\"><size maxLength=\"64\"/></list><string><size minLength=\"1\" maxLength=\"8\"/>"
            + "<enumeration value=\"x\" access=\"readOnly\" optional=\"true\"/><pattern value=\"[a-z]+\"/>"
            + "<pathRef targetParent=\"T.I.\" refType=\"strong\" targetType=\"row\"/></string>"
            + "<default type=\"factory\" value=\"[x]\"/></syntax></parameter>\n"
            + "<parameter name=\"P\" access=\"readOnly\" status=\"deprecated\"><syntax><dataType ref=\"Pct\"><units value=\"%\"/></dataType></syntax></parameter>\n"
            + "</object>\n"
            + "<object name=\"T.I.{i}.\" access=\"readWrite\" minEntries=\"0\" maxEntries=\"unbounded\" numEntriesParameter=\"INumberOfEntries\">\n"
            + "<uniqueKey functional=\"false\"><parameter ref=\"N\"/></uniqueKey>\n"
            + "<parameter name=\"N\" access=\"readWrite\"><syntax><decimal><range minInclusive=\"-1.5\"/></decimal></syntax></parameter>\n"
            + "</object>\n</model>\n</dm:document>\n";

    private static String mutate(String text, Random r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, "\t\\-<>\"&;.{}[]0-x".charAt(r.nextInt(16)));
                case 2 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
                default -> sb.setCharAt(at, (char) (' ' + r.nextInt(95)));
            }
        }
        return sb.toString();
    }

    @Test
    public void damaged_xml_gives_definitions_or_a_definitions_exception() throws Exception {
        assertNotNull(new BbfXmlReader().read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), "ok", List.of()));
        Path f = tmp.newFile("t.xml").toPath();
        Random r = new Random(20261127);
        for (int i = 0; i < 2000; i++) {
            String damaged = mutate(XML, r);
            Files.writeString(f, damaged);
            try {
                new BbfXmlReader().read(f);
            } catch (DefinitionsException expected) {
                assertNotNull(expected.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " threw " + e + " for:\n" + damaged, e);
            }
        }
    }

    @Test
    public void damaged_compact_text_gives_definitions_or_a_definitions_exception() throws Exception {
        DataModelDefinitions m = new BbfXmlReader().read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)),
                "ok", List.of()).get(0);
        String text = new CompactDefinitionsWriter().toText(m, List.of());
        Random r = new Random(7547);
        for (int i = 0; i < 5000; i++) {
            String damaged = mutate(text, r);
            try {
                new CompactDefinitionsReader().read(new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8)), "t");
            } catch (DefinitionsException expected) {
                assertNotNull(expected.getMessage());
            } catch (RuntimeException e) {
                fail("case " + i + " threw " + e + " for:\n" + damaged);
            }
        }
    }
}
