package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Invariants of the definition records and the model's own checks. */
public class DataModelDefinitionsTest {

    private static final ModelInfo MODEL = new ModelInfo("X:1.0", "", false, "");

    private static ObjectDefinition object(String path) {
        return new ObjectDefinition(path, Access.READ_ONLY, 1, 1, null, null, List.of(), Status.CURRENT);
    }

    private static ParameterDefinition param(String path) {
        return new ParameterDefinition(path, Access.READ_ONLY, Syntax.of(BaseType.BOOLEAN), null, false,
                ActiveNotify.NORMAL, Status.CURRENT, false, false, false);
    }

    private static void refused(Runnable r, String message) {
        try {
            r.run();
            fail("accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(message));
        }
    }

    @Test
    public void refuses_duplicates_and_orphans() {
        refused(() -> new DataModelDefinitions(List.of(MODEL), List.of(object("X."), object("X.")), List.of(), Map.of()),
                "object defined twice: X.");
        refused(() -> new DataModelDefinitions(List.of(MODEL), List.of(object("X.")), List.of(param("X.A"), param("X.A")),
                Map.of()), "parameter defined twice: X.A");
        refused(() -> new DataModelDefinitions(List.of(MODEL), List.of(object("X.")), List.of(param("X.Y.A")), Map.of()),
                "parameter outside any defined object: X.Y.A");
        refused(() -> new DataModelDefinitions(List.of(), List.of(), List.of(), Map.of()), "at least one model");
        refused(() -> new DataModelDefinitions(List.of(MODEL), List.of(object("X."), object("X.A.B.{i}.")), List.of(), Map.of()),
                "object X.A.B.{i}. has no parent object X.A.");
    }

    @Test
    public void paths_must_have_the_right_shape() {
        refused(() -> object("X"), "must end in '.'");
        refused(() -> param("X."), "must not end in '.'");
    }

    @Test
    public void definitions_are_immutable() {
        List<UniqueKey> keys = new java.util.ArrayList<>(List.of(new UniqueKey(List.of("A"), true)));
        ObjectDefinition o = new ObjectDefinition("X.T.{i}.", Access.READ_WRITE, 0, 5, null, null, keys, Status.CURRENT);
        keys.clear();
        assertEquals(1, o.uniqueKeys().size());
        try {
            o.uniqueKeys().clear();
            fail();
        } catch (UnsupportedOperationException expected) {
            // immutable copy
        }
    }

    @Test
    public void range_checks_bounds_and_step() {
        Range r = new Range(new BigDecimal("-10"), new BigDecimal("10"), new BigDecimal("5"));
        assertTrue(r.contains(new BigDecimal("-5")));
        assertFalse(r.contains(new BigDecimal("-4")));
        assertFalse(r.contains(new BigDecimal("15")));
        assertTrue(new Range(null, null, null).contains(new BigDecimal("1e30")));
    }

    @Test
    public void size_and_syntax_length_helpers() {
        assertTrue(new Size(2L, 4L).contains(3));
        assertFalse(new Size(2L, 4L).contains(5));
        Syntax s = new Syntax(BaseType.STRING, null, List.of(new Size(0L, 0L), new Size(8L, 64L)), List.of(), List.of(),
                List.of(), null, null, null);
        assertEquals(Long.valueOf(64), s.maxLength());
        assertEquals(null, Syntax.of(BaseType.STRING).maxLength());
    }

    @Test
    public void base_types_know_their_limits_and_names() {
        assertEquals("4294967295", BaseType.UNSIGNED_INT.maxValue().toString());
        assertEquals("18446744073709551615", BaseType.UNSIGNED_LONG.maxValue().toString());
        assertFalse(BaseType.STRING.isInteger());
        assertEquals(BaseType.HEX_BINARY, BaseType.fromXml("hexBinary"));
        assertEquals(null, BaseType.fromXml("float"));
        assertEquals(Access.READ_WRITE, Access.fromXml(" writeOnceReadOnly "));
    }

    @Test
    public void mount_without_counter_adds_no_parameter() {
        DataModelDefinitions root = new DataModelDefinitions(List.of(MODEL), List.of(object("X."), object("X.Services.")),
                List.of(), Map.of());
        DataModelDefinitions svc = new DataModelDefinitions(List.of(new ModelInfo("S:1.0", "", true, "")),
                List.of(new ObjectDefinition("S.{i}.", Access.READ_ONLY, 0, -1, null, null, List.of(), Status.CURRENT)),
                List.of(param("S.{i}.On")), Map.of());
        DataModelDefinitions m = root.mount(svc, "X.Services.");
        assertEquals(List.of("X.Services.S.{i}.On"), m.parameters().stream().map(ParameterDefinition::path).toList());
    }
}
