package org.homegw.datamodel.internal.provider;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.homegw.datamodel.internal.MapProvider;
import org.junit.Test;

/**
 * The indexed lookups of {@link ProviderTable} answer exactly what a scan of every registration
 * answers (the scan is written out here as the reference), for regular paths, instance numbers
 * against "{i}" on either side, and paths the index leaves to the scan.
 */
public class ProviderTableIndexTest {

    private static final String[] SEGMENTS = {"Device", "WiFi", "Radio", "SSID", "IP", "Interface", "Stats",
        "{i}", "1", "2", "12", "Enable", "Name", "X_Vendor", "", "1{i}", "x{i}y", "Alias"};

    @Test
    public void indexed_lookups_answer_like_a_scan_of_every_registration() {
        Random random = new Random(20261127L);
        for (int round = 0; round < 200; round++) {
            ProviderTable table = new ProviderTable();
            int providers = 1 + random.nextInt(12);
            for (int p = 0; p < providers; p++) {
                List<String> paths = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    paths.add(randomPath(random));
                }
                table.add(new ProviderRegistration(new MapProvider(), paths, random.nextInt(3), random.nextInt(5),
                        true));
            }
            List<ProviderRegistration> all = table.all();
            for (int q = 0; q < 300; q++) {
                String path = randomPath(random);
                String where = "round " + round + ", path '" + path + "', registrations " + all;
                assertEquals(where, scanCandidates(all, path), table.candidates(path));
                assertEquals(where, all.stream().anyMatch(r -> r.ownsParameter(path)), table.servesExplicitly(path));
                assertEquals(where, all.stream().anyMatch(r -> r.matchLength(path) >= 0 || r.ownsBelow(path)),
                        table.reaches(path));
                assertEquals(where, all.stream().filter(r -> r.ownsBelow(path)).toList(), table.ownersBelow(path));
                assertEquals(where, all.stream().anyMatch(r -> r.ownsParameterIn(path)),
                        table.servesParameterIn(path));
            }
        }
    }

    @Test
    public void instance_numbers_and_placeholders_fold_to_one_key_and_odd_segments_are_not_indexed() {
        assertEquals(List.of("Device", "IP", "Interface", "{i}", "Stats"),
                PathIndex.segments("Device.IP.Interface.3.Stats."));
        assertEquals(List.of("Device", "IP", "Interface", "{i}", "Name"),
                PathIndex.segments("Device.IP.Interface.{i}.Name"));
        assertNull(PathIndex.segments("Device.IP.Interface.1{i}."));
    }

    @Test
    public void a_provider_registered_for_one_parameter_owns_only_that_parameter() {
        ProviderTable table = new ProviderTable();
        MapProvider wifi = new MapProvider();
        MapProvider upTime = new MapProvider();
        table.add(new ProviderRegistration(wifi, List.of("Device.WiFi.Radio.{i}."), 0, 1, true));
        table.add(new ProviderRegistration(upTime, List.of("Device.DeviceInfo.UpTime"), 0, 2, true));
        assertEquals(List.of(wifi), providers(table.candidates("Device.WiFi.Radio.3.Channel")));
        assertEquals(List.of(), table.candidates("Device.WiFi.SSID.1.SSID"));
        assertTrue(table.servesExplicitly("Device.DeviceInfo.UpTime"));
        assertFalse(table.servesExplicitly("Device.DeviceInfo.Manufacturer"));
        assertTrue(table.servesParameterIn("Device.DeviceInfo."));
        assertFalse(table.servesParameterIn("Device.WiFi.Radio.3."));
        assertTrue(table.reaches("Device.WiFi."));
        assertFalse(table.reaches("Device.IP."));
        table.remove(wifi);
        assertEquals(List.of(), table.candidates("Device.WiFi.Radio.3.Channel"));
        assertFalse(table.reaches("Device.WiFi."));
    }

    private static List<Object> providers(List<ProviderRegistration> registrations) {
        return registrations.stream().map(r -> (Object) r.provider()).toList();
    }

    /** The table's lookup before it had an index: every registration tested, then sorted. */
    private static List<ProviderRegistration> scanCandidates(List<ProviderRegistration> all, String path) {
        record Found(ProviderRegistration registration, int length) {
        }
        List<Found> found = new ArrayList<>();
        for (ProviderRegistration r : all) {
            int length = r.matchLength(path);
            if (length >= 0) {
                found.add(new Found(r, length));
            }
        }
        found.sort(Comparator.comparingInt(Found::length).reversed()
                .thenComparing(Comparator.comparingInt((Found f) -> f.registration().ranking()).reversed())
                .thenComparingLong(f -> f.registration().serviceId()));
        return found.stream().map(Found::registration).toList();
    }

    /** Short paths over few segments, so that lookups and registrations often overlap. */
    private static String randomPath(Random random) {
        StringBuilder path = new StringBuilder(random.nextInt(10) == 0 ? "" : "Device.");
        int depth = random.nextInt(4);
        for (int i = 0; i < depth; i++) {
            path.append(SEGMENTS[random.nextInt(random.nextInt(3) == 0 ? SEGMENTS.length : 12)]);
            if (i + 1 < depth || random.nextBoolean()) {
                path.append('.');
            }
        }
        return path.toString();
    }
}
