package org.homegw.labacs;

import org.homegw.cwmp.message.DeviceIdStruct;

/**
 * How the lab ACS names devices: canonically {@code OUI-ProductClass-SerialNumber}
 * ({@code OUI-SerialNumber} when ProductClass is empty, as TR-069 builds the CPE identity);
 * callers may also name a device by its serial number alone or by {@code OUI-SerialNumber}.
 */
public final class DeviceIds {

    private DeviceIds() {
    }

    /** The canonical name of a device. */
    public static String canonical(DeviceIdStruct id) {
        return id.productClass().isEmpty() ? id.oui() + "-" + id.serialNumber()
                : id.oui() + "-" + id.productClass() + "-" + id.serialNumber();
    }

    /** Whether {@code key} names this device ({@code "*"} names every device). */
    public static boolean matches(DeviceIdStruct id, String key) {
        if (id == null || key == null) {
            return false;
        }
        return key.equals("*") || key.equals(id.serialNumber()) || key.equals(canonical(id))
                || key.equals(id.oui() + "-" + id.serialNumber());
    }
}
