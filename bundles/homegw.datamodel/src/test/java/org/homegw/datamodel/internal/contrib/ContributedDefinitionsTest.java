package org.homegw.datamodel.internal.contrib;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.homegw.datamodel.internal.TestModel;
import org.homegw.datamodel.internal.contrib.ContributedDefinitions.Decision;
import org.homegw.datamodel.internal.contrib.ContributedDefinitions.Verdict;
import org.homegw.datamodel.internal.schema.ModelInfo;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Syntax;
import org.junit.Test;

/** The merge rules for definitions bundles contribute: add only, vendor prefix, clashes wait. */
public class ContributedDefinitionsTest {

    private static final Syntax UINT = Syntax.of("unsignedInt");
    private final SchemaTree base = TestModel.tree();
    private final ContributedDefinitions defs = new ContributedDefinitions(base);

    /** A contribution holding the given objects (ancestors are synthesised) and one vendor model. */
    static Contribution contribution(long id, String model, ObjectSchema... objects) {
        return new Contribution(id, "bundle-" + id, new SchemaTree(List.of(objects),
                List.of(new ModelInfo(model, "urn:example-com:" + model, ""))));
    }

    static Contribution plug(long id) {
        return contribution(id, "X_PLUG:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.X_PLUG.", ParamSchema.readOnly("OutletNumberOfEntries", UINT)),
                new ObjectSchema("Device.X_PLUG.Outlet.{i}.", false, 0, null, List.of(),
                        org.homegw.datamodel.internal.schema.Status.CURRENT,
                        Map.of("Power", ParamSchema.readOnly("Power", UINT).withForcedInform())));
    }

    @Test
    public void a_new_vendor_object_is_merged_after_the_standard_ones() {
        Decision d = defs.add(plug(1));
        assertEquals(Verdict.MERGED, d.verdict());
        SchemaTree live = defs.live();
        assertNotNull(live.object("Device.X_PLUG.Outlet.{i}."));
        assertNotNull(live.object("Device.X_PLUG.").param("OutletNumberOfEntries"));
        assertEquals(base.parameterCount() + 2, live.parameterCount());
        List<ObjectSchema> top = live.children("Device.");
        assertEquals("Device.X_PLUG.", top.get(top.size() - 1).path());
        assertEquals("X_PLUG:1", live.models().get(live.models().size() - 1).name());
        assertSame("standard definitions are shared, not copied", base.object("Device.NAT.PortMapping.{i}."),
                live.object("Device.NAT.PortMapping.{i}."));
    }

    @Test
    public void withdrawing_restores_the_base_definitions() {
        defs.add(plug(1));
        defs.withdraw(1L);
        assertNull(defs.live().object("Device.X_PLUG."));
        assertEquals(base.parameterCount(), defs.live().parameterCount());
        assertEquals(base.models(), defs.live().models());
        assertTrue(defs.mergedNames().isEmpty());
    }

    @Test
    public void vendor_parameters_anchor_in_a_standard_object_without_changing_it() {
        Contribution c = contribution(2, "X_INFO:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.DeviceInfo.", ParamSchema.readWrite("X_ACME_Color", Syntax.of("string"))));
        assertEquals(Verdict.MERGED, defs.add(c).verdict());
        ObjectSchema info = defs.live().object("Device.DeviceInfo.");
        assertNotNull(info.param("X_ACME_Color"));
        assertNotNull("standard parameters kept", info.param("SoftwareVersion"));
        assertEquals(base.object("Device.DeviceInfo.").writable(), info.writable());
        defs.withdraw(2L);
        assertNull(defs.live().object("Device.DeviceInfo.").param("X_ACME_Color"));
    }

    @Test
    public void redefining_a_standard_parameter_is_refused_naming_the_path() {
        Contribution c = contribution(3, "X_BAD:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.DeviceInfo.", ParamSchema.readWrite("X_ACME_Ok", UINT),
                        ParamSchema.readWrite("UpTime", UINT)));
        Decision d = defs.add(c);
        assertEquals(Verdict.REFUSED, d.verdict());
        assertTrue(d.reason(), d.reason().contains("Device.DeviceInfo.UpTime"));
        assertNull("refused as a whole", defs.live().object("Device.DeviceInfo.").param("X_ACME_Ok"));
    }

    @Test
    public void standard_looking_names_in_standard_objects_are_refused() {
        Decision param = defs.add(contribution(4, "X_A:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.DeviceInfo.", ParamSchema.readOnly("Temperature", UINT))));
        assertEquals(Verdict.REFUSED, param.verdict());
        assertTrue(param.reason(), param.reason().contains("Device.DeviceInfo.Temperature") && param.reason().contains("X_"));
        Decision object = defs.add(contribution(5, "X_B:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.Firewall.", ParamSchema.readOnly("Enable", UINT))));
        assertEquals(Verdict.REFUSED, object.verdict());
        assertTrue(object.reason(), object.reason().contains("Device.Firewall."));
        assertEquals(base.parameterCount(), defs.live().parameterCount());
    }

    @Test
    public void names_inside_a_vendor_object_need_no_prefix() {
        assertEquals(Verdict.MERGED, defs.add(plug(6)).verdict());
        assertNotNull(defs.live().object("Device.X_PLUG.Outlet.{i}.").param("Power"));
    }

    @Test
    public void a_clash_with_another_bundle_waits_until_that_bundle_leaves() {
        defs.add(plug(7));
        Contribution rival = contribution(8, "X_PLUG:2", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.X_PLUG.", ParamSchema.readOnly("Model", Syntax.of("string"))));
        Decision d = defs.add(rival);
        assertEquals(Verdict.WAITING, d.verdict());
        assertTrue(d.reason(), d.reason().contains("Device.X_PLUG.") && d.reason().contains("bundle-7"));
        assertNull(defs.live().object("Device.X_PLUG.").param("Model"));
        assertEquals(List.of("bundle-8"), defs.waitingNames());

        List<Contribution> freed = defs.withdraw(7L);
        assertEquals(List.of(rival), freed);
        assertNotNull(defs.live().object("Device.X_PLUG.").param("Model"));
        assertNull(defs.live().object("Device.X_PLUG.Outlet.{i}."));
        assertEquals(List.of("bundle-8"), defs.mergedNames());
    }

    @Test
    public void a_table_and_a_single_object_of_the_same_name_clash() {
        defs.add(plug(9));
        Decision d = defs.add(contribution(10, "X_T:1", ObjectSchema.single("Device."), ObjectSchema.single("Device.X_PLUG."),
                ObjectSchema.single("Device.X_PLUG.Outlet.", ParamSchema.readOnly("Power", UINT))));
        assertEquals(Verdict.WAITING, d.verdict());
        Decision standard = defs.add(contribution(11, "X_U:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.NAT.PortMapping.", ParamSchema.readOnly("X_A", UINT))));
        assertEquals(Verdict.REFUSED, standard.verdict());
    }

    @Test
    public void definitions_for_another_root_object_are_refused() {
        Decision d = defs.add(contribution(12, "X_IGD:1", ObjectSchema.single("InternetGatewayDevice."),
                ObjectSchema.single("InternetGatewayDevice.X_A.", ParamSchema.readOnly("B", UINT))));
        assertEquals(Verdict.REFUSED, d.verdict());
        assertTrue(d.reason(), d.reason().contains("InternetGatewayDevice."));
    }

    @Test
    public void a_second_contribution_of_the_same_key_replaces_the_first() {
        defs.add(plug(13));
        Contribution v2 = contribution(13, "X_PLUG:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.X_PLUG.", ParamSchema.readOnly("OutletNumberOfEntries", UINT),
                        ParamSchema.readOnly("Firmware", Syntax.of("string"))));
        assertEquals(Verdict.MERGED, defs.add(v2).verdict());
        assertNotNull(defs.live().object("Device.X_PLUG.").param("Firmware"));
        assertNull("v1's table is gone with v1", defs.live().object("Device.X_PLUG.Outlet.{i}."));
        assertEquals(List.of("bundle-13"), defs.mergedNames());
    }

    @Test
    public void contributions_add_their_table_counters() {
        Contribution c = contribution(14, "X_C:1", ObjectSchema.single("Device."),
                ObjectSchema.single("Device.X_C.", ParamSchema.readOnly("ItemNumberOfEntries", UINT)),
                ObjectSchema.table("Device.X_C.Item.{i}.", null, List.of(), ParamSchema.readWrite("Name", Syntax.of("string"))));
        SchemaTree withCounter = new SchemaTree(List.copyOf(toList(c.definitions())), c.definitions().models(),
                Map.of("Device.X_C.ItemNumberOfEntries", "Item."));
        defs.add(new Contribution(14L, "bundle-14", withCounter));
        assertEquals("Item.", defs.live().countedTable("Device.X_C.", "ItemNumberOfEntries"));
    }

    private static List<ObjectSchema> toList(SchemaTree t) {
        List<ObjectSchema> out = new java.util.ArrayList<>();
        t.objects().forEach(out::add);
        return out;
    }
}
