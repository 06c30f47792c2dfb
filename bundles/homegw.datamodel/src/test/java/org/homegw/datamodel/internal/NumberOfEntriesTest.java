package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A table's numEntriesParameter counts the instances the registry sees, whichever provider serves the table. */
public class NumberOfEntriesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private SchemaTree tree;
    private ProviderTable providers;
    private DataModelRegistry registry;

    @Before
    public void setUp() throws Exception {
        tree = RealModels.tree(RealModels.DEVICE_2_19);
        providers = new ProviderTable();
        registry = new RegistryAssembly(tree).stateDir(tmp.newFolder().toPath()).providers(providers)
                .build().registry();
    }

    private String value(String path) {
        Outcome<ParameterValue> v = registry.getValue(path);
        return v.isSuccess() ? v.value().value() : "fault " + v.faultOrNull().code();
    }

    @Test
    public void supported_data_model_count_matches_the_listed_models() {
        long listed = registry.getNames("Device.DeviceInfo.SupportedDataModel.", true).value().size();
        assertEquals(1, listed);
        assertEquals("1", value("Device.DeviceInfo.SupportedDataModelNumberOfEntries"));
    }

    @Test
    public void table_of_a_device_provider_is_counted_in_its_parent_object() {
        MapProvider nat = new MapProvider().table("Device.NAT.PortMapping.", 1, 2, 5)
                .put("Device.NAT.PortMapping.1.Enable", "1");
        providers.add(new ProviderRegistration(nat, List.of("Device.NAT.PortMapping."), 0, 10, true));
        assertEquals("3", value("Device.NAT.PortMappingNumberOfEntries"));

        nat.table("Device.NAT.PortMapping.", 1);
        assertEquals("1", value("Device.NAT.PortMappingNumberOfEntries"));

        providers.remove(nat);
        assertEquals("fault 9005", value("Device.NAT.PortMappingNumberOfEntries"));
    }

    @Test
    public void provider_registered_for_the_counter_itself_wins() {
        MapProvider nat = new MapProvider().table("Device.NAT.PortMapping.", 1, 2);
        MapProvider counter = new MapProvider().put("Device.NAT.PortMappingNumberOfEntries", "7");
        providers.add(new ProviderRegistration(nat, List.of("Device.NAT."), 0, 10, true));
        providers.add(new ProviderRegistration(counter, List.of("Device.NAT.PortMappingNumberOfEntries"), 0, 11, true));
        assertEquals("7", value("Device.NAT.PortMappingNumberOfEntries"));
    }

    @Test
    public void store_tables_are_counted_as_instances_come_and_go() {
        String counter = "Device.ManagementServer.InformParameterNumberOfEntries";
        assertEquals("0", value(counter));
        long n = registry.addObject("Device.ManagementServer.InformParameter.", "k", Caller.ACS).value().instanceNumber();
        assertEquals("1", value(counter));
        registry.deleteObject("Device.ManagementServer.InformParameter." + n + ".", "k2", Caller.ACS).value();
        assertEquals("0", value(counter));
    }

    @Test
    public void computed_counter_is_not_writable_even_locally() {
        CwmpFault f = registry.setValues(pvs("Device.DeviceInfo.SupportedDataModelNumberOfEntries", "5"), null,
                Caller.LOCAL).faultOrNull();
        assertEquals(CwmpFault.NOT_WRITABLE, f.parameterFaults().get(0).code());
        assertEquals("1", value("Device.DeviceInfo.SupportedDataModelNumberOfEntries"));
    }
}
