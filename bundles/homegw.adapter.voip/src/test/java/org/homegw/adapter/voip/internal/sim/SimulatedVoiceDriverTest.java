package org.homegw.adapter.voip.internal.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.homegw.adapter.voip.spi.LineState;
import org.homegw.adapter.voip.spi.VoiceSettings;
import org.homegw.adapter.voip.spi.VoiceSettings.SipAccount;
import org.homegw.adapter.voip.spi.VoiceSettings.SipNetwork;
import org.homegw.testkit.SettableClock;
import org.junit.Before;
import org.junit.Test;

public class SimulatedVoiceDriverTest {

    private final SettableClock clock = new SettableClock();
    private final List<Integer> events = new ArrayList<>();
    private SimulatedVoiceDriver driver;

    @Before
    public void setUp() {
        driver = new SimulatedVoiceDriver(clock, new Random(11), 2, 0.5);
        driver.setListener(events::add);
    }

    private static VoiceSettings settings(boolean network, String password1) {
        return new VoiceSettings(new SipNetwork(network, "", 5060, "registrar.example", 5060, "example", 3600),
                List.of(new SipAccount(1, true, "sip:alice@example", "alice", password1, "+15551234"),
                        new SipAccount(2, true, "sip:bob@example", "bob", "", "")),
                List.of());
    }

    private void run(int steps) {
        for (int i = 0; i < steps; i++) {
            clock.advance(Duration.ofSeconds(15));
            driver.tick();
        }
    }

    @Test
    public void lines_register_on_the_next_step_and_need_a_password() throws IOException {
        driver.apply(settings(true, "secret"));
        assertEquals("Registering", driver.line(1).registration());
        run(1);
        assertEquals("Up", driver.line(1).registration());
        assertEquals("Error_Registration", driver.line(2).registration());
        assertTrue(events.contains(1) && events.contains(2));
    }

    @Test
    public void a_disabled_network_is_a_network_error() throws IOException {
        driver.apply(settings(false, "secret"));
        run(2);
        assertEquals("Error_Network", driver.line(1).registration());
        assertEquals("Idle", driver.line(1).callStatus());
    }

    @Test
    public void registered_lines_get_calls_and_the_counters_add_up() throws IOException {
        driver.apply(settings(true, "secret"));
        run(200);
        LineState s = driver.line(1);
        LineState.CallStats in = s.incoming();
        LineState.CallStats out = s.outgoing();
        assertTrue(in.calls() > 0 && out.calls() > 0);
        assertTrue(in.connected() + in.failed() <= in.calls());
        assertTrue(out.connected() + out.failed() <= out.calls());
        assertTrue(in.connected() > 0 && in.totalCallSeconds() >= 15 * in.connected() - 15);
        assertEquals(0, driver.line(2).incoming().calls());
    }

    @Test(expected = IOException.class)
    public void refuses_a_configuration_for_another_number_of_lines() throws IOException {
        driver.apply(new VoiceSettings(settings(true, "x").network(), List.of(), List.of()));
    }
}
