package org.homegw.datamodel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A provider that restarts (deactivated, then a new instance registered) may have set its values
 * while no registry listened: its arrival counts as a change only where the value differs from the
 * one the last Inform carried, so the ACS learns the new value and a boot raises nothing.
 */
public class ProviderArrivalTest {

    private static final String URL = "Device.ManagementServer.ConnectionRequestURL";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(tmp.getRoot().toPath());
    }

    private MapProvider connreq(String url, long serviceId) {
        MapProvider p = new MapProvider().put(URL, url);
        f.providers.add(new ProviderRegistration(p, List.of(URL), 0, serviceId, true));
        return p;
    }

    private String informed(String path) {
        return f.registry.forcedInformValues().stream().filter(v -> v.path().equals(path))
                .map(ParameterValue::value).findFirst().orElseThrow();
    }

    @Test
    public void a_provider_arriving_at_boot_raises_no_value_change() {
        connreq("http://10.0.0.2:7547/a", 50);
        assertEquals("http://10.0.0.2:7547/a", informed(URL));
        assertTrue(f.activeChanges.isEmpty());
        assertEquals(List.of(), f.registry.changedValues());
    }

    @Test
    public void a_restarted_provider_whose_value_differs_from_the_gap_inform_is_a_value_change() {
        MapProvider first = connreq("http://10.0.0.2:7547/a", 50);
        assertEquals("http://10.0.0.2:7547/a", informed(URL));
        f.registry.clearChanged();
        f.providers.remove(first);
        // an Inform in the gap reads the store's fallback value
        assertEquals("http://127.0.0.1:7547/x", informed(URL));
        f.registry.clearChanged();

        connreq("http://10.0.0.2:7547/a", 51);

        assertEquals(List.of(URL), f.activeChanges);
        assertEquals(List.of(URL + "=http://10.0.0.2:7547/a"),
                f.registry.changedValues().stream().map(v -> v.path() + "=" + v.value()).toList());
    }

    @Test
    public void a_restarted_provider_with_the_value_last_informed_raises_nothing() {
        MapProvider first = connreq("http://10.0.0.2:7547/a", 50);
        informed(URL);
        f.providers.remove(first);
        connreq("http://10.0.0.2:7547/a", 51);
        assertTrue(f.activeChanges.isEmpty());
    }

    @Test
    public void providers_are_told_who_wrote() {
        f.registry.setValues(Fixture.pvs("Device.X_TEST.Int", "4"), "k", org.homegw.datamodel.api.DataModel.Caller.ACS)
                .value();
        f.registry.setValues(Fixture.pvs("Device.X_TEST.Int", "6"), null,
                org.homegw.datamodel.api.DataModel.Caller.LOCAL).value();
        assertEquals(List.of("Device.X_TEST.Int ACS", "Device.X_TEST.Int LOCAL"), f.device.writeOrigins);
    }

    @Test
    public void only_the_arriving_providers_parameters_are_compared() {
        f.device.put("Device.DeviceInfo.UpTime", "100");
        informed(URL);
        f.registry.setValues(List.of(ParameterValue.untyped("Device.ManagementServer.ConnectionRequestURL",
                "http://changed/")), null, org.homegw.datamodel.api.DataModel.Caller.LOCAL).value();
        f.activeChanges.clear();
        f.providers.add(new ProviderRegistration(new MapProvider(), List.of("Device.X_OTHER."), 0, 60, true));
        assertTrue(f.activeChanges.isEmpty());
    }
}
