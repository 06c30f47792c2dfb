package org.homegw.cwmp.message;

import java.util.Objects;

/**
 * The CPE identity in an Inform: manufacturer, OUI (six upper-case hex digits), product class and
 * serial number.
 */
public record DeviceIdStruct(String manufacturer, String oui, String productClass, String serialNumber) {
    public DeviceIdStruct {
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(oui, "oui");
        Objects.requireNonNull(productClass, "productClass");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }
}
