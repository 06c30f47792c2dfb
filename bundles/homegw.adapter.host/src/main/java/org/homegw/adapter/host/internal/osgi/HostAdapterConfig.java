package org.homegw.adapter.host.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the host adapter (Config Admin PID org.homegw.adapter.host). */
@ObjectClassDefinition(name = "homegw host adapter",
        description = "Serves DeviceInfo live values, Ethernet, IP interfaces and Hosts from the host")
public @interface HostAdapterConfig {

    @AttributeDefinition(description = "Root object of the data model the providers serve")
    String root() default "Device.";

    @AttributeDefinition(description = "How long one reading of the host is reused, in milliseconds")
    long maxAgeMillis() default 1000;

    @AttributeDefinition(description = "Serve DeviceInfo.UpTime, MemoryStatus and ProcessStatus")
    boolean deviceInfo() default true;

    @AttributeDefinition(description = "Serve Ethernet.Interface.{i}")
    boolean ethernet() default true;

    @AttributeDefinition(description = "Serve IP.Interface.{i} with its addresses")
    boolean ip() default true;

    @AttributeDefinition(description = "Serve Hosts.Host.{i} from the neighbour table")
    boolean hosts() default true;
}
