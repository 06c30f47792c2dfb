package org.homegw.runtime.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Restarts the gateway the way a CPE restarts: a reboot stops the OSGi framework and the launcher
 * starts a fresh one in the same process; a factory reset also wipes the state directory
 * ({@link GatewayProperties#STATE_DIR}) before that fresh start.
 *
 * <p>Both methods return at once; the framework stops on a thread of its own, so a caller may
 * finish what it is doing (a CWMP client ends its session first, then calls {@link #reboot()}).
 * A factory reset asked for while a reboot is pending wins. The request is written to disk before
 * the framework stops, so a factory reset cut short by a power loss is completed at the next start.
 */
@ProviderType
public interface DeviceControl {

    /** Stops and restarts the gateway's OSGi framework, keeping the state directory. */
    void reboot();

    /**
     * Stops the framework, wipes the state directory (keeping only the device's generated
     * serial number and the log files) and starts the gateway again with factory defaults.
     */
    void factoryReset();
}
