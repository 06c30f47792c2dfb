package org.homegw.adapter.host.internal.osgi;

import java.nio.file.Path;

import org.homegw.adapter.host.internal.linux.LinuxHostDriver;
import org.homegw.adapter.host.spi.HostDriver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The default {@link HostDriver}: Linux /proc, /sys and the JDK, ranked below any vendor driver. */
@Component(service = HostDriver.class, configurationPid = "org.homegw.adapter.host.linux",
        property = {"service.ranking:Integer=-1000", "homegw.driver=linux"})
@Designate(ocd = LinuxHostDriverComponent.Config.class)
public final class LinuxHostDriverComponent extends ForwardingHostDriver {

    /** Where the Linux driver reads. */
    @ObjectClassDefinition(name = "homegw Linux host driver")
    public @interface Config {
        @AttributeDefinition(description = "procfs mount point")
        String procRoot() default "/proc";

        @AttributeDefinition(description = "Directory of network interfaces in sysfs")
        String sysClassNet() default "/sys/class/net";
    }

    @Activate
    void activate(Config config) {
        delegate(new LinuxHostDriver(Path.of(config.procRoot()), Path.of(config.sysClassNet())));
    }
}
