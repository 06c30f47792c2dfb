package org.homegw.datamodel.internal.value;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** Integers read from providers: canonical text passes as it is, the rest is parsed and range-checked. */
public class IntegerCanonicalTest {

    @Test
    public void canonical_integers_pass_unchanged_within_their_type() {
        assertEquals("0", ScalarTypes.canonical("unsignedInt", "0"));
        assertEquals("4294967295", ScalarTypes.canonical("unsignedInt", "4294967295"));
        assertEquals("-2147483648", ScalarTypes.canonical("int", "-2147483648"));
        assertEquals("999999999999999999", ScalarTypes.canonical("unsignedLong", "999999999999999999"));
        assertEquals("-999999999999999999", ScalarTypes.canonical("long", "-999999999999999999"));
    }

    @Test
    public void integers_outside_their_type_are_refused() {
        assertNull(ScalarTypes.canonical("unsignedInt", "4294967296"));
        assertNull(ScalarTypes.canonical("unsignedInt", "-1"));
        assertNull(ScalarTypes.canonical("int", "2147483648"));
        assertNull(ScalarTypes.canonical("int", "-2147483649"));
        assertNull(ScalarTypes.canonical("unsignedLong", "18446744073709551616"));
        assertNull(ScalarTypes.canonical("long", "9223372036854775808"));
    }

    @Test
    public void other_spellings_are_brought_into_canonical_form() {
        assertEquals("7", ScalarTypes.canonical("unsignedInt", "007"));
        assertEquals("0", ScalarTypes.canonical("int", "-0"));
        assertEquals("5", ScalarTypes.canonical("int", "+5"));
        assertEquals("12", ScalarTypes.canonical("int", " 12 "));
        assertEquals("18446744073709551615", ScalarTypes.canonical("unsignedLong", "18446744073709551615"));
        assertEquals("-9223372036854775808", ScalarTypes.canonical("long", "-9223372036854775808"));
        assertNull(ScalarTypes.canonical("int", "1.0"));
        assertNull(ScalarTypes.canonical("int", "-"));
        assertNull(ScalarTypes.canonical("int", ""));
    }
}
