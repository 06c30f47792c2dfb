package org.homegw.distribution.testbundle;

import java.nio.file.Files;
import java.nio.file.Path;

import org.homegw.runtime.api.DeviceControl;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Activator of a test bundle dropped into deploy/: once (guarded by a marker file outside the
 * state directory) it asks DeviceControl for the action named in its manifest. Every start
 * appends the framework property homegw.boot.reason to {@code <marker>.boot-reasons}.
 */
public final class ActionActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) throws Exception {
        String action = context.getBundle().getHeaders().get("Homegw-Test-Action");
        Path marker = Path.of(context.getBundle().getHeaders().get("Homegw-Test-Marker"));
        // every start records the framework's boot reason, for the test to compare
        Files.writeString(marker.resolveSibling(marker.getFileName() + ".boot-reasons"),
                context.getProperty("homegw.boot.reason") + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        if (Files.exists(marker)) {
            return;
        }
        Files.writeString(marker, action);
        Thread t = new Thread(() -> act(context, action), "test-action");
        t.start();
    }

    private static void act(BundleContext context, String action) {
        try {
            for (int i = 0; i < 200; i++) {
                ServiceReference<DeviceControl> ref = context.getServiceReference(DeviceControl.class);
                if (ref != null) {
                    DeviceControl control = context.getService(ref);
                    if ("factory-reset".equals(action)) {
                        control.factoryReset();
                    } else {
                        control.reboot();
                    }
                    return;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException | IllegalStateException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to release
    }
}
