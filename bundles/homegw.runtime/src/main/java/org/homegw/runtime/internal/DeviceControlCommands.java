package org.homegw.runtime.internal;

import org.homegw.runtime.api.DeviceControl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo shell commands {@code homegw:reboot} and {@code homegw:factoryreset}. */
@Component(service = DeviceControlCommands.class, property = {
        "osgi.command.scope=homegw",
        "osgi.command.function=reboot",
        "osgi.command.function=factoryreset"})
public final class DeviceControlCommands {

    private final DeviceControl control;

    @Activate
    public DeviceControlCommands(@Reference DeviceControl control) {
        this.control = control;
    }

    /** Restarts the OSGi framework, keeping the state directory. */
    public String reboot() {
        control.reboot();
        return "rebooting";
    }

    /** Wipes the state directory (but the serial number and logs) and restarts. */
    public String factoryreset() {
        control.factoryReset();
        return "factory reset: wiping the state directory and restarting";
    }
}
