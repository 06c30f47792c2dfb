package org.homegw.datamodel.spi;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.Test;

public class ParameterProviderTest {

    @Test
    public void read_result_keeps_the_asked_names_in_the_asked_order_and_leaves_out_unserved_ones() {
        Map<String, String> all = Map.of("Enable", "true", "Status", "Up", "Name", "wan");
        Map<String, String> read = ParameterProvider.readResult(all, List.of("Status", "Missing", "Enable")).value();
        assertEquals(List.of("Status", "Enable"), List.copyOf(read.keySet()));
        assertEquals(Map.of("Status", "Up", "Enable", "true"), read);
    }
}
