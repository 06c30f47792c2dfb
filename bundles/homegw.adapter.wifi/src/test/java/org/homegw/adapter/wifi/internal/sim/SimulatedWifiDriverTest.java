package org.homegw.adapter.wifi.internal.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.homegw.adapter.wifi.spi.RadioSettings;
import org.homegw.adapter.wifi.spi.SsidSettings;
import org.homegw.adapter.wifi.spi.TrafficStats;
import org.homegw.adapter.wifi.spi.WifiSettings;
import org.homegw.testkit.SettableClock;
import org.junit.Before;
import org.junit.Test;

/** The simulated access point moved by hand with a test clock and a seeded random source. */
public class SimulatedWifiDriverTest {

    private final SettableClock clock = new SettableClock();
    private final List<Integer> events = new ArrayList<>();
    private SimulatedWifiDriver driver;

    @Before
    public void setUp() throws IOException {
        driver = new SimulatedWifiDriver(clock, new Random(42),
                new SimulatedWifiDriver.Options(2, 4, 0.5, 0.2, "02:00:5e:00:00:01"));
        driver.setListener(events::add);
        driver.apply(settings(true, true, 6));
    }

    private static WifiSettings settings(boolean radioOn, boolean ssid1On, int channel) {
        return new WifiSettings(
                List.of(new RadioSettings(1, radioOn, channel, false, List.of(1, 6, 11), List.of("n"), 100),
                        new RadioSettings(2, true, 36, false, List.of(36, 40), List.of("ac"), 100)),
                List.of(new SsidSettings(1, ssid1On, "a", true, "WPA2-Personal", "secret123"),
                        new SsidSettings(2, false, "b", true, "None", ""),
                        new SsidSettings(3, true, "c", true, "None", ""),
                        new SsidSettings(4, false, "d", true, "None", "")));
    }

    private void run(int ticks) {
        for (int i = 0; i < ticks; i++) {
            clock.advance(Duration.ofSeconds(10));
            driver.tick();
        }
    }

    @Test
    public void has_two_radios_and_numbered_ssid_slots_with_consecutive_bssids() {
        assertEquals(List.of("2.4GHz", "5GHz"), driver.radios().stream().map(r -> r.band()).toList());
        assertEquals(4, driver.ssids().size());
        assertEquals("02:00:5e:00:00:01", driver.ssids().get(0).bssid());
        assertEquals("02:00:5e:00:00:04", driver.ssids().get(3).bssid());
        assertEquals(2, driver.ssids().get(2).radio());
    }

    @Test
    public void stations_come_and_go_on_up_ssids_only_and_each_change_is_reported() {
        run(40);
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(s -> s == 1 || s == 3));
        assertTrue(driver.stations(2).isEmpty());
        int joinsAndLeaves = events.size();
        assertTrue("stations both joined and left", joinsAndLeaves > 4);
        assertTrue(driver.stations(1).size() <= 4);
        driver.stations(1).forEach(st -> assertTrue(st.macAddress().matches("[0-9a-f][26ae](:[0-9a-f]{2}){5}")));
    }

    @Test
    public void counters_grow_with_time_and_radio_sums_its_ssids() {
        TrafficStats before = driver.ssidStatus(1).stats();
        run(5);
        TrafficStats after = driver.ssidStatus(1).stats();
        assertTrue(after.bytesSent() > before.bytesSent());
        assertTrue(after.packetsSent() >= before.packetsSent() + 5 * 10 * 10);
        assertEquals(after.plus(driver.ssidStatus(2).stats()), driver.radioStatus(1).stats());
        TrafficStats down = driver.ssidStatus(2).stats();
        assertEquals(TrafficStats.ZERO, down);
        // no time passing, no traffic
        driver.tick();
        assertEquals(after, driver.ssidStatus(1).stats());
    }

    @Test
    public void disabling_an_ssid_or_its_radio_drops_its_stations_at_once() throws IOException {
        run(20);
        if (driver.stations(1).isEmpty()) {
            run(5);
        }
        assertFalse(driver.stations(1).isEmpty());
        events.clear();
        driver.apply(settings(true, false, 6));
        assertTrue(driver.stations(1).isEmpty());
        assertFalse(driver.ssidStatus(1).up());
        assertEquals(List.of(1), events);
        driver.apply(settings(false, true, 6));
        assertFalse(driver.ssidStatus(1).up());
        assertFalse(driver.radioStatus(1).up());
    }

    @Test
    public void hardware_refuses_a_channel_it_cannot_tune_and_keeps_the_old_one() throws IOException {
        try {
            driver.apply(settings(true, true, 36));
            fail("2.4 GHz radio tuned to 36");
        } catch (IOException expected) {
            assertEquals(6, driver.radioStatus(1).channel());
        }
    }

    @Test
    public void auto_channel_picks_a_permitted_channel_and_keeps_it() throws IOException {
        WifiSettings auto = new WifiSettings(
                List.of(new RadioSettings(1, true, 1, true, List.of(1, 6, 11), List.of("n"), 100),
                        new RadioSettings(2, true, 36, true, List.of(100, 104), List.of("ac"), 100)),
                settings(true, true, 6).ssids());
        driver.apply(auto);
        assertEquals(6, driver.radioStatus(1).channel());
        int picked = driver.radioStatus(2).channel();
        assertTrue(List.of(100, 104).contains(picked));
        driver.apply(auto);
        assertEquals(picked, driver.radioStatus(2).channel());
    }
}
