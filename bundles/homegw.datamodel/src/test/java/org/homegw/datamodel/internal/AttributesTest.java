package org.homegw.datamodel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.ParameterAttributes;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AttributesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(tmp.getRoot().toPath());
    }

    private static AttributeChange notify(String path, int n) {
        return new AttributeChange(path, true, n, false, List.of());
    }

    private ParameterAttributes attrs(String path) {
        return f.registry.getAttributes(List.of(path)).value().get(0);
    }

    @Test
    public void defaults_are_off_except_force_enabled_and_force_default_enabled() {
        assertEquals(0, attrs("Device.X_TEST.Int").notification());
        assertEquals(2, attrs("Device.DeviceInfo.SoftwareVersion").notification());
        assertEquals(2, attrs("Device.ManagementServer.ConnectionRequestURL").notification());
        assertEquals(List.of(), attrs("Device.X_TEST.Int").accessList());
    }

    @Test
    public void sets_passive_and_active_and_access_list() {
        assertTrue(f.registry.setAttributes(List.of(notify("Device.X_TEST.Int", 1),
                new AttributeChange("Device.X_TEST.Flag", true, 2, true, List.of("Subscriber")))).isSuccess());
        assertEquals(1, attrs("Device.X_TEST.Int").notification());
        assertEquals(new ParameterAttributes("Device.X_TEST.Flag", 2, List.of("Subscriber")), attrs("Device.X_TEST.Flag"));
    }

    @Test
    public void notification_change_false_leaves_notification_alone() {
        f.registry.setAttributes(List.of(notify("Device.X_TEST.Int", 2))).value();
        f.registry.setAttributes(List.of(new AttributeChange("Device.X_TEST.Int", false, 0, true, List.of("Subscriber"))))
                .value();
        assertEquals(new ParameterAttributes("Device.X_TEST.Int", 2, List.of("Subscriber")), attrs("Device.X_TEST.Int"));
    }

    @Test
    public void lightweight_and_out_of_range_notification_values_are_9003() {
        for (int n : new int[] {3, 4, 5, 6, 7, -1}) {
            assertEquals(CwmpFault.INVALID_ARGUMENTS,
                    f.registry.setAttributes(List.of(notify("Device.X_TEST.Int", n))).faultOrNull().code());
        }
    }

    @Test
    public void can_deny_parameters_refuse_active_with_9009_but_take_passive() {
        assertEquals(CwmpFault.NOTIFICATION_REJECTED,
                f.registry.setAttributes(List.of(notify("Device.DeviceInfo.UpTime", 2))).faultOrNull().code());
        assertTrue(f.registry.setAttributes(List.of(notify("Device.DeviceInfo.UpTime", 1))).isSuccess());
    }

    @Test
    public void force_enabled_cannot_be_turned_off_by_name_and_stays_active_in_a_subtree() {
        assertEquals(CwmpFault.NOTIFICATION_REJECTED,
                f.registry.setAttributes(List.of(notify("Device.DeviceInfo.SoftwareVersion", 0))).faultOrNull().code());
        assertTrue(f.registry.setAttributes(List.of(notify("Device.ManagementServer.ConnectionRequestURL", 0))).isSuccess());
        assertEquals(0, attrs("Device.ManagementServer.ConnectionRequestURL").notification());
    }

    @Test
    public void partial_paths_apply_to_the_whole_subtree() {
        assertTrue(f.registry.setAttributes(List.of(notify("Device.NAT.", 1))).isSuccess());
        List<ParameterAttributes> all = f.registry.getAttributes(List.of("Device.NAT.")).value();
        assertEquals(6, all.size());
        assertTrue(all.stream().allMatch(a -> a.notification() == 1));
    }

    @Test
    public void partial_path_with_a_can_deny_parameter_refuses_active_and_changes_nothing() {
        assertEquals(CwmpFault.NOTIFICATION_REJECTED, f.registry.setAttributes(
                List.of(notify("Device.X_TEST.Int", 2), notify("Device.DeviceInfo.", 2))).faultOrNull().code());
        assertEquals(0, attrs("Device.X_TEST.Int").notification());
    }

    @Test
    public void unknown_names_and_bad_access_lists_change_nothing() {
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.setAttributes(
                List.of(notify("Device.X_TEST.Int", 1), notify("Device.Nope", 1))).faultOrNull().code());
        assertEquals(0, attrs("Device.X_TEST.Int").notification());
        assertEquals(CwmpFault.INVALID_ARGUMENTS, f.registry.setAttributes(List.of(
                new AttributeChange("Device.X_TEST.Int", false, 0, true, List.of("Everyone")))).faultOrNull().code());
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME,
                f.registry.getAttributes(List.of("Device.X_TEST.Gone")).faultOrNull().code());
    }

    @Test
    public void attributes_survive_a_restart() throws Exception {
        f.registry.setAttributes(List.of(notify("Device.ManagementServer.URL", 2))).value();
        assertEquals(2, new Fixture(tmp.getRoot().toPath()).registry
                .getAttributes(List.of("Device.ManagementServer.URL")).value().get(0).notification());
    }
}
