package org.homegw.cwmp.client.internal.agent;

/** The device actions an ACS can order, carried out after a clean session end. */
public interface DeviceActions {

    void reboot();

    void factoryReset();

    /** Whether FactoryReset can be offered at all (GetRPCMethods lists it only then). */
    boolean factoryResetAvailable();
}
