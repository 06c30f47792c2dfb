package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The registry on the real Device:2.19 definitions with the shipped defaults and no device providers. */
public class Device219RegistryTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private SchemaTree tree;
    private DataModelRegistry registry;

    @Before
    public void setUp() throws Exception {
        tree = RealModels.tree(RealModels.DEVICE_2_19);
        registry = new RegistryAssembly(tree).stateDir(tmp.newFolder().toPath())
                .defaultsFile(RealModels.writeDefaults(tmp.getRoot().toPath()))
                .defaultsText("Device.ManagementServer.URL=http://127.0.0.1:7557/\nDevice.Bogus.X=1")
                .build().registry();
    }

    private String value(String path) {
        return registry.getValue(path).value().value();
    }

    @Test
    public void schema_has_every_object_and_parameter_of_the_file() {
        assertEquals(873, tree.objectCount());
        assertEquals(7343, tree.parameterCount());
        assertEquals("Device.", registry.rootObject());
    }

    @Test
    public void identity_and_management_server_are_served_out_of_the_box() {
        assertEquals("homegw", value("Device.DeviceInfo.Manufacturer"));
        assertEquals("000000", value("Device.DeviceInfo.ManufacturerOUI"));
        assertEquals("HomeGateway", value("Device.DeviceInfo.ProductClass"));
        assertEquals("HGW0000001", value("Device.DeviceInfo.SerialNumber"));
        assertEquals("http://127.0.0.1:7557/", value("Device.ManagementServer.URL"));
        assertEquals("true", value("Device.ManagementServer.EnableCWMP"));
        registry.getValues(List.of("Device.ManagementServer.Password"), v -> assertEquals("", v.value())).value();
        assertEquals("2.19", value("Device.RootDataModelVersion"));
        assertEquals("", value("Device.ManagementServer.Username"));
        assertEquals("", value("Device.ManagementServer.ConnectionRequestUsername"));
        assertEquals("5", value("Device.ManagementServer.CWMPRetryMinimumWaitInterval"));
        assertEquals("true", value("Device.ManagementServer.HTTPConnectionRequestEnable"));
        assertEquals("", value("Device.DeviceInfo.SoftwareVersion"));
        assertEquals("", value("Device.DeviceInfo.HardwareVersion"));
        assertEquals("", value("Device.DeviceInfo.ProvisioningCode"));
        assertEquals("urn:broadband-forum-org:tr-181-2-19-1-cwmp",
                value("Device.DeviceInfo.SupportedDataModel.1.URN"));
    }

    @Test
    public void unserved_parts_of_the_model_are_not_claimed() {
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, registry.getValue("Device.DeviceInfo.UpTime").faultOrNull().code());
        List<ParameterInfo> top = registry.getNames("Device.", true).value();
        assertTrue(top.contains(new ParameterInfo("Device.ManagementServer.", false)));
        assertTrue(top.stream().noneMatch(i -> i.path().equals("Device.WiFi.")));
    }

    @Test
    public void whole_tree_read_streams_only_supported_values() {
        List<ParameterValue> all = new ArrayList<>();
        registry.getValues(List.of("Device."), all::add).value();
        assertTrue(all.size() > 30);
        assertTrue(all.stream().allMatch(v -> v.path().startsWith("Device.ManagementServer.")
                || v.path().startsWith("Device.DeviceInfo.") || v.path().equals("Device.RootDataModelVersion")));
    }

    @Test
    public void real_constraints_are_enforced() {
        CwmpFault f = registry.setValues(pvs("Device.ManagementServer.PeriodicInformInterval", "0",
                "Device.ManagementServer.CWMPRetryIntervalMultiplier", "999",
                "Device.ManagementServer.ParameterKey", "x",
                "Device.ManagementServer.PeriodicInformEnable", "perhaps"), "k", Caller.ACS).faultOrNull();
        assertEquals(List.of(9007, 9007, 9008, 9006), f.parameterFaults().stream().map(CwmpFault.ParameterFault::code).toList());
        assertEquals(Integer.valueOf(0), registry.setValues(pvs("Device.ManagementServer.PeriodicInformInterval", " 60 ",
                "Device.ManagementServer.PeriodicInformTime", "2026-01-01T00:00:00+01:00"), "k", Caller.ACS).value());
        assertEquals("60", value("Device.ManagementServer.PeriodicInformInterval"));
        assertEquals("2025-12-31T23:00:00Z", value("Device.ManagementServer.PeriodicInformTime"));
        assertEquals("k", value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void real_notification_rules_apply() {
        assertEquals(CwmpFault.NOTIFICATION_REJECTED, registry.setAttributes(List.of(
                new AttributeChange("Device.DeviceInfo.SoftwareVersion", true, 0, false, List.of()))).faultOrNull().code());
        assertEquals(CwmpFault.NOTIFICATION_REJECTED, registry.setAttributes(List.of(
                new AttributeChange("Device.ManagementServer.ParameterKey", true, 2, false, List.of()))).faultOrNull().code());
    }

    @Test
    public void inform_parameter_table_works_in_the_store() {
        long n = registry.addObject("Device.ManagementServer.InformParameter.", "k", Caller.ACS).value().instanceNumber();
        assertEquals("false", value("Device.ManagementServer.InformParameter." + n + ".Enable"));
        assertEquals("cpe-" + n, value("Device.ManagementServer.InformParameter." + n + ".Alias"));
    }

    @Test
    public void forced_inform_set_matches_the_digest() {
        List<String> names = registry.forcedInformValues().stream().map(ParameterValue::path).toList();
        assertTrue(names.containsAll(List.of("Device.RootDataModelVersion", "Device.DeviceInfo.HardwareVersion",
                "Device.DeviceInfo.SoftwareVersion", "Device.DeviceInfo.ProvisioningCode",
                "Device.ManagementServer.ParameterKey", "Device.ManagementServer.ConnectionRequestURL",
                "Device.ManagementServer.AliasBasedAddressing")));
    }

    /** Two adapters each refusing its share: the ACS hears of both parameters, and nothing is applied. */
    @Test
    public void set_refused_by_two_providers_reports_both_and_applies_nothing() throws Exception {
        MapProvider ethernet = new MapProvider().table("Device.Ethernet.Interface.", 1)
                .put("Device.Ethernet.Interface.1.Enable", "true");
        MapProvider ip = new MapProvider().table("Device.IP.Interface.", 1).put("Device.IP.Interface.1.Enable", "true");
        ethernet.validateFault = new CwmpFault(CwmpFault.INVALID_PARAMETER_VALUE, "uplink port cannot be disabled");
        ip.validateFault = new CwmpFault(CwmpFault.INVALID_PARAMETER_VALUE, "management interface must stay up");
        org.homegw.datamodel.internal.provider.ProviderTable providers =
                new org.homegw.datamodel.internal.provider.ProviderTable();
        providers.add(new org.homegw.datamodel.internal.provider.ProviderRegistration(ethernet,
                List.of("Device.Ethernet.Interface."), 0, 1, true));
        providers.add(new org.homegw.datamodel.internal.provider.ProviderRegistration(ip,
                List.of("Device.IP.Interface."), 0, 2, true));
        DataModelRegistry withAdapters = new RegistryAssembly(tree).stateDir(tmp.newFolder().toPath())
                .defaultsFile(RealModels.writeDefaults(tmp.newFolder().toPath())).providers(providers).build().registry();

        CwmpFault fault = withAdapters.setValues(pvs("Device.ManagementServer.PeriodicInformInterval", "60",
                "Device.Ethernet.Interface.1.Enable", "false", "Device.IP.Interface.1.Enable", "false"), "k",
                Caller.ACS).faultOrNull();

        assertEquals(CwmpFault.INVALID_ARGUMENTS, fault.code());
        assertEquals(List.of(new CwmpFault.ParameterFault("Device.Ethernet.Interface.1.Enable", 9007,
                        "uplink port cannot be disabled"),
                new CwmpFault.ParameterFault("Device.IP.Interface.1.Enable", 9007, "management interface must stay up")),
                fault.parameterFaults());
        assertTrue(ethernet.writeOrigins.isEmpty());
        assertTrue(ip.writeOrigins.isEmpty());
        assertEquals("true", withAdapters.getValue("Device.Ethernet.Interface.1.Enable").value().value());
        assertEquals("true", withAdapters.getValue("Device.IP.Interface.1.Enable").value().value());
        assertTrue(!"60".equals(withAdapters.getValue("Device.ManagementServer.PeriodicInformInterval").value().value()));
        assertEquals("", withAdapters.getValue("Device.ManagementServer.ParameterKey").value().value());
    }
}
