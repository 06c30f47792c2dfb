package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Object paths and parameter names that cannot be schema paths are refused with file and line. */
public class PathNameCheckTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static String doc(String objects) {
        return "<dm:document xmlns:dm=\"urn:broadband-forum-org:cwmp:datamodel-1-14\" spec=\"urn:x\">\n"
                + "<model name=\"T:1.0\">\n" + objects + "\n</model></dm:document>";
    }

    private static String object(String nameAttr, String parameterAttr) {
        return "<object " + nameAttr + " access=\"readOnly\" minEntries=\"1\" maxEntries=\"1\">\n"
                + "<parameter " + parameterAttr + " access=\"readOnly\"><syntax><string/></syntax></parameter></object>";
    }

    private String refusal(String xml) throws Exception {
        Path f = tmp.newFile().toPath();
        Files.writeString(f, xml);
        try {
            new BbfXmlReader().read(f);
        } catch (DefinitionsException e) {
            assertTrue("names the file: " + e.getMessage(), e.getMessage().contains(f.toString()));
            return e.getMessage();
        }
        fail("accepted: " + xml);
        return null;
    }

    @Test
    public void rejects_parameter_name_with_a_dot() throws Exception {
        // fuzz finding F2: used to end in a NullPointerException (object T.A. does not exist)
        String m = refusal(doc(object("name=\"T.\"", "name=\"A.B\"")));
        assertTrue(m, m.contains("line 4") && m.contains("name=\"A.B\" must be a single name"));
    }

    @Test
    public void rejects_parameter_base_with_a_dot() throws Exception {
        String m = refusal(doc(object("name=\"T.\"", "name=\"A\"") + "\n" + object("base=\"T.\"", "base=\"A.B\"")));
        assertTrue(m, m.contains("line 6") && m.contains("base=\"A.B\" must be a single name"));
    }

    @Test
    public void rejects_empty_or_braced_parameter_names() throws Exception {
        assertTrue(refusal(doc(object("name=\"T.\"", "name=\"\""))).contains("must be a single name"));
        assertTrue(refusal(doc(object("name=\"T.\"", "name=\"{i}\""))).contains("must be a single name"));
        assertTrue(refusal(doc(object("name=\"T.\"", "name=\"A}\""))).contains("must be a single name"));
    }

    @Test
    public void rejects_object_paths_with_empty_or_braced_segments() throws Exception {
        assertTrue(refusal(doc(object("name=\"T..A.\"", "name=\"P\""))).contains("object path \"T..A.\""));
        assertTrue(refusal(doc(object("name=\".\"", "name=\"P\""))).contains("object path"));
        assertTrue(refusal(doc(object("name=\"T.{x}.\"", "name=\"P\""))).contains("object path"));
        assertTrue(refusal(doc(object("name=\"T.A{i}.\"", "name=\"P\""))).contains("object path"));
    }
}
