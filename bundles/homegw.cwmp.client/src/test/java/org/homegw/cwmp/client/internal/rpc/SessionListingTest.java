package org.homegw.cwmp.client.internal.rpc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.junit.Test;

public class SessionListingTest {

    @Test
    public void oldest_names_are_forgotten_beyond_the_entry_limit() {
        SessionListing l = new SessionListing(3, 1_000_000);
        for (int i = 1; i <= 5; i++) {
            l.reported(new ParameterValue("Device.X." + i + ".Y", "v" + i, "string"));
        }
        assertEquals(3, l.size());
        assertEquals(Optional.empty(), l.values("Device.X.1.Y"));
        assertEquals(List.of(new ParameterValue("Device.X.5.Y", "v5", "string")), l.values("Device.X.5.Y").get());
    }

    @Test
    public void character_budget_bounds_memory_and_a_huge_value_keeps_only_its_name() {
        SessionListing l = new SessionListing(1000, 1600);
        l.reported(new ParameterValue("Device.Big", "x".repeat(500), "string"));
        assertEquals("longer than a sixteenth of the budget: name only", "",
                l.values("Device.Big").get().get(0).value());
        for (int i = 0; i < 100; i++) {
            l.reported(new ParameterValue("Device.P" + i, "y".repeat(50), "string"));
        }
        assertTrue("at most 1600 chars of about 58 each", l.size() <= 1600 / 56);
        assertEquals("the newest survive", "y".repeat(50), l.values("Device.P99").get().get(0).value());
    }

    @Test
    public void names_next_level_gives_direct_children_only() {
        SessionListing l = new SessionListing();
        l.listed(new ParameterInfo("Device.A.", false));
        l.listed(new ParameterInfo("Device.A.B.", false));
        l.listed(new ParameterInfo("Device.A.B.C", true));
        l.listed(new ParameterInfo("Device.A.D", false));
        assertEquals(List.of(new ParameterInfo("Device.A.B.", false), new ParameterInfo("Device.A.D", false)),
                l.names("Device.A.", true).get());
        assertEquals(4, l.names("Device.A.", false).get().size());
        l.forget("Device.A.B.");
        assertEquals(2, l.names("Device.A.", false).get().size());
    }
}
