package org.homegw.cwmp.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard SPI for the device actions the ACS can order and that only the runtime can carry out.
 * The CWMP client calls these only after the session that ordered them ended cleanly, as TR-069
 * requires. While no DeviceControl service is registered, the client restarts the OSGi framework
 * for a Reboot and does not offer FactoryReset.
 */
@ConsumerType
public interface DeviceControl {

    /** Restarts the device (or the agent). May return before the restart happens. */
    void reboot();

    /** Restores the factory configuration (wipes the persistent state) and restarts. */
    void factoryReset();
}
