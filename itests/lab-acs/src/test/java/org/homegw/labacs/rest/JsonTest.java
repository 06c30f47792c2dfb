package org.homegw.labacs.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class JsonTest {

    @Test
    public void reads_what_it_writes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Device.DeviceInfo.\"x\"\n\u0001");
        m.put("n", 42L);
        m.put("ok", true);
        m.put("none", null);
        m.put("list", List.of("a", 1L, List.of()));
        String text = Json.write(m);
        assertEquals(m, Json.parse(text));
    }

    @Test
    public void parses_numbers_escapes_and_whitespace() {
        Map<String, Object> m = Json.parseObject(" { \"a\" : -1.5e2 , \"b\":[ 1 ,2], \"c\":\"\\u00e9\\/\" } ");
        assertEquals("-1.5E+2", m.get("a").toString());
        assertEquals(Arrays.asList(1L, 2L), m.get("b"));
        assertEquals("é/", m.get("c"));
    }

    @Test
    public void rejects_malformed_and_too_deep_input() {
        assertThrows(JsonException.class, () -> Json.parse("{\"a\":}"));
        assertThrows(JsonException.class, () -> Json.parse("[1,2"));
        assertThrows(JsonException.class, () -> Json.parse("{} x"));
        assertThrows(JsonException.class, () -> Json.parse("\"a\u0001\""));
        assertThrows(JsonException.class, () -> Json.parseObject("[]"));
        assertThrows(JsonException.class, () -> Json.parse("[".repeat(100) + "]".repeat(100)));
    }
}
