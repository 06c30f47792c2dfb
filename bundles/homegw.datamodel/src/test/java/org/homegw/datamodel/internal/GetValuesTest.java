package org.homegw.datamodel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class GetValuesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(tmp.getRoot().toPath());
    }

    @Test
    public void reads_a_full_path_in_canonical_form_with_its_type() {
        ParameterValue v = f.registry.getValue("Device.NAT.PortMapping.1.Enable").value();
        assertEquals("true", v.value());
        assertEquals("boolean", v.type());
    }

    @Test
    public void reads_a_partial_path_as_its_subtree_in_tree_order() {
        assertEquals(List.of("Device.NAT.PortMappingNumberOfEntries=1", "Device.NAT.PortMapping.1.Enable=true",
                "Device.NAT.PortMapping.1.Alias=web", "Device.NAT.PortMapping.1.ExternalPort=80",
                "Device.NAT.PortMapping.1.Protocol=TCP", "Device.NAT.PortMapping.1.Description=web server"),
                f.get("Device.NAT."));
    }

    @Test
    public void reads_a_table_path_as_all_its_instances() {
        assertEquals(5, f.get("Device.NAT.PortMapping.").size());
    }

    @Test
    public void streams_paths_in_request_order() {
        assertEquals(List.of("Device.DeviceInfo.UpTime=100", "Device.ManagementServer.URL=http://acs.example/"),
                f.get("Device.DeviceInfo.UpTime", "Device.ManagementServer.URL"));
    }

    @Test
    public void store_serves_management_server_and_device_identity_from_defaults() {
        assertEquals("homegw", f.value("Device.DeviceInfo.Manufacturer"));
        assertEquals("00D09E", f.value("Device.DeviceInfo.ManufacturerOUI"));
        assertEquals("true", f.value("Device.ManagementServer.PeriodicInformEnable"));
        assertEquals("true", f.value("Device.ManagementServer.EnableCWMP"));
        assertEquals("", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void secured_and_hidden_parameters_read_as_empty_for_the_acs() {
        assertEquals(List.of("Device.ManagementServer.Password="), f.get("Device.ManagementServer.Password"));
        assertTrue(f.get("Device.ManagementServer.").contains("Device.ManagementServer.ConnectionRequestPassword="));
        assertEquals(List.of("Device.X_TEST.Hidden="), f.get("Device.X_TEST.Hidden"));
    }

    @Test
    public void the_device_itself_reads_the_real_secret_with_get_value() {
        assertEquals("secret", f.value("Device.ManagementServer.Password"));
        assertEquals("p", f.value("Device.ManagementServer.ConnectionRequestPassword"));
        assertEquals("peekaboo", f.value("Device.X_TEST.Hidden"));
    }

    @Test
    public void whole_tree_lists_every_supported_parameter_once() {
        List<String> all = f.get("Device.");
        assertTrue(all.contains("Device.RootDataModelVersion=2.19"));
        assertTrue(all.contains("Device.DeviceInfo.SupportedDataModel.1.URN=urn:broadband-forum-org:tr-181-2-19-1-cwmp"));
        assertTrue(all.contains("Device.X_TEST.Counter=7"));
        assertFalse("deleted definitions are never served", all.stream().anyMatch(s -> s.startsWith("Device.X_TEST.Gone")));
        assertFalse("no value, no parameter", all.stream().anyMatch(s -> s.startsWith("Device.ManagementServer.STUNServerAddress")));
        assertEquals(all.size(), all.stream().distinct().count());
        assertEquals(all, f.get(""));
    }

    @Test
    public void unknown_malformed_or_absent_names_fault_9005_and_send_nothing() {
        for (String bad : List.of("Device.Nope", "Device.NAT.PortMapping.2.Enable", "Device.NAT.PortMapping.01.Enable",
                "Device..NAT.", "Device.NAT.PortMapping.1.Enable.", "Device.ManagementServer.STUNServerAddress",
                "Device.X_TEST.Gone", "InternetGatewayDevice.", "Device.NAT.PortMapping.0.", "Device.NAT.Port Mapping.")) {
            List<ParameterValue> sent = new ArrayList<>();
            Outcome<Integer> o = f.registry.getValues(List.of("Device.DeviceInfo.UpTime", bad), sent::add);
            assertEquals(bad, CwmpFault.INVALID_PARAMETER_NAME, o.faultOrNull().code());
            assertTrue(bad, sent.isEmpty());
        }
    }

    @Test
    public void overlong_names_are_invalid() {
        String longName = "Device." + "A".repeat(260);
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.getValue(longName).faultOrNull().code());
    }

    @Test
    public void names_of_empty_path_with_next_level_is_the_root_object() {
        assertEquals(List.of(new ParameterInfo("Device.", false)), f.registry.getNames("", true).value());
    }

    @Test
    public void names_next_level_lists_parameters_and_child_objects_with_writability() {
        List<ParameterInfo> names = f.registry.getNames("Device.NAT.", true).value();
        assertEquals(List.of(new ParameterInfo("Device.NAT.PortMappingNumberOfEntries", false),
                new ParameterInfo("Device.NAT.PortMapping.", true)), names);
        assertEquals(List.of(new ParameterInfo("Device.NAT.PortMapping.1.", true)),
                f.registry.getNames("Device.NAT.PortMapping.", true).value());
    }

    @Test
    public void names_without_next_level_list_the_object_and_its_whole_subtree() {
        List<ParameterInfo> names = f.registry.getNames("Device.NAT.", false).value();
        assertEquals(new ParameterInfo("Device.NAT.", false), names.get(0));
        assertTrue(names.contains(new ParameterInfo("Device.NAT.PortMapping.", true)));
        assertTrue(names.contains(new ParameterInfo("Device.NAT.PortMapping.1.", true)));
        assertTrue(names.contains(new ParameterInfo("Device.NAT.PortMapping.1.Description", true)));
        assertEquals(9, names.size());
    }

    @Test
    public void names_of_a_parameter_is_itself_and_next_level_on_it_is_9003() {
        assertEquals(List.of(new ParameterInfo("Device.DeviceInfo.UpTime", false)),
                f.registry.getNames("Device.DeviceInfo.UpTime", false).value());
        assertEquals(CwmpFault.INVALID_ARGUMENTS,
                f.registry.getNames("Device.DeviceInfo.UpTime", true).faultOrNull().code());
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.getNames("Device.Bogus.", true).faultOrNull().code());
    }

    @Test
    public void provider_going_away_removes_its_parameters_at_once_and_coming_back_restores_them() {
        assertTrue(f.registry.getValue("Device.X_TEST.Counter").isSuccess());
        f.providers.remove(f.device);
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.getValue("Device.X_TEST.Counter").faultOrNull().code());
        assertFalse(f.get("Device.").stream().anyMatch(s -> s.startsWith("Device.NAT.")));
        f.providers.add(new ProviderRegistration(f.device, List.of("Device.X_TEST."), 0, 11, true));
        assertEquals("7", f.value("Device.X_TEST.Counter"));
    }

    @Test
    public void longer_path_wins_then_higher_ranking_then_falls_through_for_names_it_does_not_serve() {
        MapProvider identity = new MapProvider().put("Device.DeviceInfo.SerialNumber", "FROM-DEVICE");
        f.providers.add(new ProviderRegistration(identity, List.of("Device.DeviceInfo."), 5, 20, true));
        assertEquals("FROM-DEVICE", f.value("Device.DeviceInfo.SerialNumber"));
        assertEquals("homegw", f.value("Device.DeviceInfo.Manufacturer"));
        MapProvider lower = new MapProvider().put("Device.DeviceInfo.SerialNumber", "LOWER");
        f.providers.add(new ProviderRegistration(lower, List.of("Device.DeviceInfo."), 1, 21, true));
        assertEquals("FROM-DEVICE", f.value("Device.DeviceInfo.SerialNumber"));
        MapProvider exact = new MapProvider().put("Device.DeviceInfo.SerialNumber", "EXACT");
        f.providers.add(new ProviderRegistration(exact, List.of("Device.DeviceInfo.SerialNumber"), -5, 22, true));
        assertEquals("EXACT", f.value("Device.DeviceInfo.SerialNumber"));
    }

    @Test
    public void a_whole_object_costs_one_read_call_per_provider() {
        f.device.calls.clear();
        f.get("Device.X_TEST.");
        assertEquals(1, f.device.calls.stream().filter(c -> c.startsWith("read ")).count());
    }

    @Test
    public void forced_inform_values_include_parameter_key_and_software_version() {
        List<String> forced = f.registry.forcedInformValues().stream().map(v -> v.path() + "=" + v.value()).toList();
        assertEquals(List.of("Device.RootDataModelVersion=2.19", "Device.DeviceInfo.SoftwareVersion=1.0",
                "Device.DeviceInfo.ProvisioningCode=", "Device.ManagementServer.ParameterKey=",
                "Device.ManagementServer.ConnectionRequestURL=http://127.0.0.1:7547/x"), forced);
    }

    @Test
    public void type_of_answers_the_base_type_of_supported_parameters_only() {
        assertEquals("unsignedInt", f.registry.typeOf("Device.DeviceInfo.UpTime").orElseThrow());
        assertTrue(f.registry.typeOf("Device.ManagementServer.STUNServerAddress").isEmpty());
    }

    @Test
    public void a_provider_that_throws_on_read_serves_nothing_and_breaks_nothing() {
        MapProvider broken = new MapProvider() {
            @Override
            public synchronized Outcome<java.util.Map<String, String>> read(String objectPath,
                                                                            java.util.Collection<String> names) {
                throw new IllegalStateException("driver crashed");
            }
        };
        f.providers.add(new ProviderRegistration(broken, List.of("Device.X_TEST.Counter"), 0, 40, true));
        assertEquals("7", f.value("Device.X_TEST.Counter"));
        assertTrue(f.get("Device.X_TEST.").contains("Device.X_TEST.Counter=7"));
    }
}
