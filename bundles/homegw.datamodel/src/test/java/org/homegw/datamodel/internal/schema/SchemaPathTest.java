package org.homegw.datamodel.internal.schema;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Concrete object paths to schema paths, and the counter lookup built on them. */
public class SchemaPathTest {

    @Test
    public void instance_numbers_become_placeholders() {
        assertEquals("Device.NAT.PortMapping.{i}.", SchemaTree.schemaPathOf("Device.NAT.PortMapping.3."));
        assertEquals("Device.IP.Interface.{i}.IPv4Address.{i}.",
                SchemaTree.schemaPathOf("Device.IP.Interface.12.IPv4Address.1."));
        assertEquals("Device.A.{i}.B.{i}.", SchemaTree.schemaPathOf("Device.A.{i}.B.7."));
    }

    @Test
    public void names_holding_digits_and_paths_without_instances_stay_as_they_are() {
        String plain = "Device.X_0A1B2C_Thing.Radio5G.";
        assertSame(plain, SchemaTree.schemaPathOf(plain));
        assertEquals("Device.A.1x.{i}.", SchemaTree.schemaPathOf("Device.A.1x.2."));
        assertEquals("Device.A.{i}.Name", SchemaTree.schemaPathOf("Device.A.3.Name"));
        assertEquals("Device.A.12", SchemaTree.schemaPathOf("Device.A.12"));
        assertEquals("123.A.", SchemaTree.schemaPathOf("123.A."));
        assertEquals("Device..{i}.", SchemaTree.schemaPathOf("Device..4."));
    }

    @Test
    public void counters_are_found_by_schema_path_and_ruled_out_by_name() {
        SchemaTree tree = new SchemaTree(List.of(ObjectSchema.single("Device."), ObjectSchema.single("Device.NAT.")),
                List.of(), Map.of("Device.NAT.PortMappingNumberOfEntries", "PortMapping."));
        assertTrue(tree.mayCount("PortMappingNumberOfEntries"));
        assertFalse(tree.mayCount("Enable"));
        assertEquals("PortMapping.", tree.countedTable("Device.NAT.", "PortMappingNumberOfEntries"));
    }
}
