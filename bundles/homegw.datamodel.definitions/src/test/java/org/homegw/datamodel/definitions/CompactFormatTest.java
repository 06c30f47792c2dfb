package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** The compact format keeps every fact exactly, including awkward strings, and refuses damaged files. */
public class CompactFormatTest {

    private static DataModelDefinitions read(String text) throws DefinitionsException {
        return new CompactDefinitionsReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t");
    }

    private static DataModelDefinitions sample() {
        Syntax awkward = new Syntax(BaseType.STRING, "X_Type", List.of(new Size(0L, 0L), new Size(4L, null)),
                List.of(), List.of(new EnumerationValue("a\tb", Access.READ_ONLY, true), new EnumerationValue("", Access.READ_WRITE, false)),
                List.of("", "\\d+\\\\-\n"), new ListSyntax(1L, null, List.of(new Size(null, 1024L))),
                new Reference.EnumerationRef("#.Supported", ""), "ünits");
        Syntax ranged = new Syntax(BaseType.DECIMAL, null, List.of(),
                List.of(new Range(new BigDecimal("-1.50"), null, new BigDecimal("0.25")), new Range(null, BigDecimal.TEN, null)),
                List.of(), List.of(), null, new Reference.PathRef(List.of("Device.IP.Interface.", "#.X."), true, "row"), null);
        Syntax instance = new Syntax(BaseType.UNSIGNED_INT, null, List.of(), List.of(), List.of(), List.of(), null,
                new Reference.InstanceRef("Device.X.", false), null);
        return new DataModelDefinitions(
                List.of(new ModelInfo("X:1.0", "", false, ""), new ModelInfo("Y:2.0", "urn:y", true, "X.Services.")),
                List.of(new ObjectDefinition("X.", Access.READ_ONLY, 1, 1, null, null, List.of(), Status.CURRENT),
                        new ObjectDefinition("X.T.{i}.", Access.READ_WRITE, 0, ObjectDefinition.UNBOUNDED, "TNumberOfEntries",
                                "Enable", List.of(new UniqueKey(List.of("A", "B"), true), new UniqueKey(List.of("Alias"), false)),
                                Status.DEPRECATED)),
                List.of(new ParameterDefinition("X.Awkward", Access.READ_WRITE, awkward, new DefaultValue(DefaultValue.Kind.FACTORY, " "),
                                true, ActiveNotify.CAN_DENY, Status.OBSOLETED, true, true, true),
                        new ParameterDefinition("X.T.{i}.R", Access.READ_ONLY, ranged, new DefaultValue(DefaultValue.Kind.OBJECT, ""),
                                false, ActiveNotify.FORCE_DEFAULT_ENABLED, Status.DELETED, false, false, false),
                        new ParameterDefinition("X.T.{i}.I", Access.READ_ONLY, instance, null,
                                false, ActiveNotify.NORMAL, Status.CURRENT, false, false, false)),
                Map.of("X_Type", new DataTypeDefinition("X_Type", null, awkward)));
    }

    @Test
    public void every_fact_survives_a_round_trip() throws Exception {
        DataModelDefinitions m = sample();
        DataModelDefinitions back = read(new CompactDefinitionsWriter().toText(m, List.of("line\nbreak")));
        assertEquals(m, back);
        Syntax s = back.parameter("X.Awkward").orElseThrow().syntax();
        assertEquals("a\tb", s.enumerations().get(0).value());
        assertEquals("\\d+\\\\-\n", s.patterns().get(1));
        assertNull(s.list().maxItems());
        assertEquals("", ((Reference.EnumerationRef) s.reference()).nullValue());
        assertEquals(" ", back.parameter("X.Awkward").orElseThrow().defaultValue().value());
    }

    @Test
    public void crlf_line_ends_are_tolerated() throws Exception {
        DataModelDefinitions m = sample();
        assertEquals(m, read(new CompactDefinitionsWriter().toText(m, List.of()).replace("\n", "\r\n")));
    }

    @Test
    public void identical_syntaxes_are_shared() throws Exception {
        String text = new CompactDefinitionsWriter().toText(sample(), List.of());
        assertEquals(3, text.lines().filter(l -> l.startsWith("S\t")).count());
        DataModelDefinitions back = read(text);
        assertTrue(back.parameter("X.Awkward").orElseThrow().syntax() == back.dataType("X_Type").orElseThrow().syntax());
    }

    private static String refusal(String text) {
        try {
            read(text);
        } catch (DefinitionsException e) {
            return e.getMessage();
        }
        fail("accepted: " + text);
        return null;
    }

    @Test
    public void refuses_damaged_files_naming_the_line() {
        String good = new CompactDefinitionsWriter().toText(sample(), List.of());
        assertTrue(refusal("<?xml version=\"1.0\"?>").contains("line 1: not a compact definitions file"));
        assertTrue(refusal(good.substring(0, good.indexOf("END"))).contains("no END record"));
        assertTrue(refusal(good + "O\tX.Y.\tr\t1\t1\t\\-\t\\-\t\n").contains("data after END"));
        assertTrue(refusal(good.replace("\tw\t0\tfhsc", "\tw\t99\tfhsc")).contains("syntax #99 is not defined"));
        assertTrue(refusal(good.replace("END\t2", "END\t3")).contains("END says 3 objects but 2 were read"));
        assertTrue(refusal(good.replace("S\tdecimal", "S\tfloat")).contains("unknown base type float"));
        assertTrue(refusal(good.replace("\nK\t", "\nQ\t")).contains("unknown record Q"));
        assertTrue(refusal(good.replace("SP\t\\\\d", "SP\t\\q")).contains("bad escape"));
    }

    @Test
    public void refuses_oversize_input() {
        try {
            new CompactDefinitionsReader(100).read(new ByteArrayInputStream(new byte[200]), "big");
            fail();
        } catch (DefinitionsException e) {
            assertEquals("big: larger than the limit of 100 bytes", e.getMessage());
        }
    }
}
