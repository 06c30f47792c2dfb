package org.homegw.datamodel.internal.path;

import java.util.List;

import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;

/**
 * A concrete path matched to its definition. {@code instances} lists every instance number on the
 * way, so the registry can check that they exist.
 */
public sealed interface ResolvedPath {

    String path();

    List<InstanceRef> instances();

    /** A single object or a table instance, e.g. "Device.DeviceInfo." or "Device.NAT.PortMapping.3.". */
    record ObjectNode(String path, ObjectSchema schema, List<InstanceRef> instances) implements ResolvedPath {
        public ObjectNode {
            instances = List.copyOf(instances);
        }
    }

    /** A table itself, e.g. "Device.NAT.PortMapping.", with the definition of its instances. */
    record TableNode(String path, ObjectSchema instanceSchema, List<InstanceRef> instances) implements ResolvedPath {
        public TableNode {
            instances = List.copyOf(instances);
        }
    }

    /** A parameter, e.g. "Device.NAT.PortMapping.3.Enable", with the path of its object. */
    record ParamNode(String path, String objectPath, ObjectSchema object, ParamSchema param,
                     List<InstanceRef> instances) implements ResolvedPath {
        public ParamNode {
            instances = List.copyOf(instances);
        }
    }

    /** Instance {@code number} of the table at {@code tablePath} (a concrete path ending in "."). */
    record InstanceRef(String tablePath, long number) {
    }
}
