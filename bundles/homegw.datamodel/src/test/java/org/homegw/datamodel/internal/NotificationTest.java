package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class NotificationTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(tmp.getRoot().toPath());
    }

    private void notify(String path, int n) {
        f.registry.setAttributes(List.of(new AttributeChange(path, true, n, false, List.of()))).value();
    }

    private List<String> changed() {
        return f.registry.changedValues().stream().map(v -> v.path() + "=" + v.value()).toList();
    }

    @Test
    public void pushed_change_of_a_passive_parameter_is_remembered_until_cleared() {
        notify("Device.X_TEST.Int", 1);
        f.device.values.put("Device.X_TEST.Int", "4");
        f.device.changed("Device.X_TEST.Int");
        assertEquals(List.of("Device.X_TEST.Int=4"), changed());
        assertTrue(f.activeChanges.isEmpty());
        f.registry.clearChanged();
        assertEquals(List.of(), changed());
    }

    @Test
    public void pushed_change_of_an_active_parameter_tells_listeners_and_event_admin() {
        notify("Device.X_TEST.Flag", 2);
        f.device.changed("Device.X_TEST.Flag");
        assertEquals(List.of("Device.X_TEST.Flag"), f.activeChanges);
        assertTrue(f.events.contains("active Device.X_TEST.Flag"));
        assertEquals(List.of("Device.X_TEST.Flag=false"), changed());
    }

    @Test
    public void parameters_with_notification_off_are_not_tracked() {
        f.device.changed("Device.X_TEST.Int");
        assertEquals(List.of(), changed());
        assertTrue(f.events.contains("changed Device.X_TEST.Int"));
    }

    @Test
    public void an_object_change_marks_every_watched_parameter_below_it() {
        notify("Device.NAT.PortMapping.1.Enable", 1);
        notify("Device.NAT.PortMapping.1.Description", 2);
        f.device.changed("Device.NAT.PortMapping.1.");
        assertEquals(java.util.Set.of("Device.NAT.PortMapping.1.Enable=true",
                "Device.NAT.PortMapping.1.Description=web server"), java.util.Set.copyOf(changed()));
        assertEquals(List.of("Device.NAT.PortMapping.1.Description"), f.activeChanges);
    }

    @Test
    public void force_enabled_parameters_are_active_without_any_attribute_set() {
        f.registry.setValues(pvs("Device.DeviceInfo.SoftwareVersion", "2.0"), null, Caller.LOCAL).value();
        assertEquals(List.of("Device.DeviceInfo.SoftwareVersion"), f.activeChanges);
    }

    @Test
    public void acs_writes_are_not_reported_back_but_local_writes_are() {
        notify("Device.ManagementServer.PeriodicInformInterval", 1);
        f.registry.setValues(pvs("Device.ManagementServer.PeriodicInformInterval", "60"), "k", Caller.ACS).value();
        assertEquals(List.of(), changed());
        assertTrue("components still learn of it", f.events.contains("changed Device.ManagementServer.PeriodicInformInterval"));
        f.registry.setValues(pvs("Device.ManagementServer.PeriodicInformInterval", "120"), null, Caller.LOCAL).value();
        assertEquals(List.of("Device.ManagementServer.PeriodicInformInterval=120"), changed());
    }

    @Test
    public void provider_writes_firing_during_an_acs_set_are_suppressed() {
        notify("Device.X_TEST.Int", 2);
        MapProvider firing = new MapProvider() {
            @Override
            public synchronized org.homegw.datamodel.api.Outcome<Integer> write(
                    List<org.homegw.datamodel.spi.ParameterWrite> writes) {
                org.homegw.datamodel.api.Outcome<Integer> r = super.write(writes);
                changed("Device.X_TEST.Int");
                return r;
            }
        };
        firing.put("Device.X_TEST.Int", "0");
        f.providers.add(new ProviderRegistration(firing, List.of("Device.X_TEST.Int"), 0, 30, true));
        f.registry.setValues(pvs("Device.X_TEST.Int", "2"), "k", Caller.ACS).value();
        assertEquals(List.of(), f.activeChanges);
    }

    @Test
    public void polling_finds_changes_of_providers_that_cannot_push() {
        MapProvider silent = new MapProvider().put("Device.X_TEST.Counter", "1");
        f.providers.add(new ProviderRegistration(silent, List.of("Device.X_TEST.Counter"), 0, 31, false));
        notify("Device.X_TEST.Counter", 2);
        f.registry.notifications().pollOnce("Device.");
        assertEquals(List.of(), f.activeChanges);
        silent.values.put("Device.X_TEST.Counter", "2");
        f.registry.notifications().pollOnce("Device.");
        assertEquals(List.of("Device.X_TEST.Counter"), f.activeChanges);
        f.registry.notifications().pollOnce("Device.");
        assertEquals(1, f.activeChanges.size());
    }

    @Test
    public void pushing_providers_are_not_polled() {
        notify("Device.X_TEST.Int", 2);
        f.registry.notifications().pollOnce("Device.");
        f.device.values.put("Device.X_TEST.Int", "6");
        f.registry.notifications().pollOnce("Device.");
        assertEquals(List.of(), f.activeChanges);
    }

    @Test
    public void deleting_an_instance_forgets_its_pending_changes() {
        notify("Device.NAT.PortMapping.1.Enable", 1);
        f.device.changed("Device.NAT.PortMapping.1.Enable");
        f.registry.deleteObject("Device.NAT.PortMapping.1.", "k", Caller.ACS).value();
        assertEquals(List.<ParameterValue>of(), f.registry.changedValues());
    }

    @Test
    public void a_removed_provider_no_longer_reaches_the_registry() {
        notify("Device.X_TEST.Int", 2);
        f.providers.remove(f.device);
        f.device.changed("Device.X_TEST.Int");
        assertEquals(List.of(), f.activeChanges);
    }

    @Test
    public void changed_hidden_values_are_reported_empty() {
        notify("Device.X_TEST.Hidden", 1);
        f.device.changed("Device.X_TEST.Hidden");
        assertEquals(List.of("Device.X_TEST.Hidden="), changed());
    }

    @Test
    public void the_poller_runs_rounds_on_the_injected_schedule_until_closed() {
        List<Runnable> scheduled = new java.util.ArrayList<>();
        boolean[] closed = {false};
        org.homegw.datamodel.internal.core.PollScheduler scheduler = (period, task) -> {
            assertEquals(java.time.Duration.ofSeconds(30), period);
            scheduled.add(task);
            return () -> closed[0] = true;
        };
        MapProvider silent = new MapProvider().put("Device.X_TEST.Counter", "1");
        f.providers.add(new ProviderRegistration(silent, List.of("Device.X_TEST.Counter"), 0, 32, false));
        notify("Device.X_TEST.Counter", 2);
        try (org.homegw.datamodel.internal.core.ChangePoller poller = new org.homegw.datamodel.internal.core.ChangePoller(
                f.registry, scheduler, java.time.Duration.ofSeconds(30))) {
            scheduled.get(0).run();
            silent.values.put("Device.X_TEST.Counter", "5");
            scheduled.get(0).run();
            assertEquals(List.of("Device.X_TEST.Counter"), f.activeChanges);
        }
        assertTrue(closed[0]);
    }
}
