package org.homegw.runtime.internal;

import java.nio.file.Path;

import org.homegw.runtime.api.DeviceControl;
import org.homegw.runtime.api.GatewayProperties;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The {@link DeviceControl} service: asks the homegw launcher to restart the framework. */
@Component(service = DeviceControl.class)
public final class DeviceControlComponent implements DeviceControl {

    private final RestartRequester requester;

    @Activate
    public DeviceControlComponent(BundleContext context) {
        String file = context.getProperty(GatewayProperties.RESTART_REQUEST_FILE);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("framework property " + GatewayProperties.RESTART_REQUEST_FILE
                    + " is not set: the framework was not started by the homegw launcher");
        }
        Bundle systemBundle = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        this.requester = new RestartRequester(Path.of(file), systemBundle::stop);
    }

    @Override
    public void reboot() {
        requester.request(RestartKind.REBOOT);
    }

    @Override
    public void factoryReset() {
        requester.request(RestartKind.FACTORY_RESET);
    }
}
