package org.homegw.adapter.host.internal.osgi;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.homegw.adapter.host.internal.linux.IpLinkControl;
import org.homegw.adapter.host.spi.InterfaceControl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The default {@link InterfaceControl}: {@code ip link}, refusing every change unless configured. */
@Component(service = InterfaceControl.class, configurationPid = "org.homegw.adapter.host.linux.control",
        property = {"service.ranking:Integer=-1000", "homegw.driver=linux"})
@Designate(ocd = LinuxInterfaceControlComponent.Config.class)
public final class LinuxInterfaceControlComponent implements InterfaceControl {

    /** Whether and how the ACS may switch the host's interfaces. */
    @ObjectClassDefinition(name = "homegw Linux interface control")
    public @interface Config {
        @AttributeDefinition(description = "Let Ethernet/IP Interface Enable writes switch interfaces (off: 9001)")
        boolean allowInterfaceControl() default false;

        @AttributeDefinition(description = "Comma-separated interfaces that may be switched; empty: all")
        String interfaces() default "";

        @AttributeDefinition(description = "The ip command with any prefix, blank-separated (e.g. 'sudo -n ip')")
        String ipCommand() default "ip";

        @AttributeDefinition(description = "How long the command may take, in milliseconds")
        long timeoutMillis() default 5000;
    }

    private IpLinkControl control;

    @Activate
    void activate(Config config) {
        Set<String> names = Arrays.stream(config.interfaces().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        List<String> command = Arrays.stream(config.ipCommand().trim().split("\\s+")).toList();
        control = new IpLinkControl(config.allowInterfaceControl(), names, command, Math.max(100, config.timeoutMillis()));
    }

    @Override
    public Optional<String> refusal(String interfaceName, boolean enable) {
        return control.refusal(interfaceName, enable);
    }

    @Override
    public void setEnabled(String interfaceName, boolean enable) throws IOException {
        control.setEnabled(interfaceName, enable);
    }
}
