package org.homegw.datamodel.internal.path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.datamodel.internal.TestModel;
import org.homegw.datamodel.internal.path.ResolvedPath.InstanceRef;
import org.junit.Test;

public class PathResolverTest {

    private final PathResolver resolver = new PathResolver(TestModel.tree());

    @Test
    public void resolves_parameters_objects_tables_and_instances() {
        ResolvedPath.ParamNode p = (ResolvedPath.ParamNode) resolver.resolve("Device.NAT.PortMapping.7.Alias");
        assertEquals("Device.NAT.PortMapping.7.", p.objectPath());
        assertEquals("Device.NAT.PortMapping.{i}.", p.object().path());
        assertEquals(List.of(new InstanceRef("Device.NAT.PortMapping.", 7)), p.instances());
        assertTrue(resolver.resolve("Device.NAT.PortMapping.") instanceof ResolvedPath.TableNode);
        assertTrue(resolver.resolve("Device.NAT.PortMapping.7.") instanceof ResolvedPath.ObjectNode);
        assertTrue(resolver.resolve("Device.NAT.") instanceof ResolvedPath.ObjectNode);
        assertTrue(resolver.resolve("Device.") instanceof ResolvedPath.ObjectNode);
    }

    @Test
    public void refuses_malformed_or_undefined_paths() {
        for (String bad : new String[] {"", "Device", "Device..", ".Device.", "Device.NAT.PortMapping.0.", "Device.NAT.3.",
                "Device.NAT.PortMapping.01.", "Device.NAT.PortMapping.4294967296.", "Device.NAT.PortMapping.{i}.",
                "Device.NAT.PortMapping.1", "Device.NAT.PortMapping", "Device.X_TEST.Gone", "Device.X_TEST.Int.",
                "Device.NAT.PortMapping.1.Alias.x", "Dévice.", "Device.NAT.PortMapping.[web].", "Device.*.",
                "Device.NAT.PortMapping.1.Ali as", "Device." + "X".repeat(300)}) {
            assertNull(bad, resolver.resolve(bad));
        }
    }
}
