package org.homegw.adapter.wifi.spi;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Wi-Fi hardware as the adapter sees it: fixed radios and SSID slots, a configuration the adapter
 * applies as a whole, and live status. The adapter has already checked every setting against the
 * capabilities and the regulatory domain before {@link #apply}; a driver refuses only what the
 * hardware itself rejects, by throwing. Radios and SSIDs are numbered from 1.
 */
@ConsumerType
public interface WifiDriver {

    /** The radios, fixed for the life of the driver. */
    List<RadioCapabilities> radios();

    /** The SSID slots (virtual access points), fixed for the life of the driver. */
    List<SsidInfo> ssids();

    /** Applies the complete configuration; on failure the previous configuration stays in force. */
    void apply(WifiSettings settings) throws IOException;

    RadioStatus radioStatus(int radio);

    SsidStatus ssidStatus(int ssid);

    /** Stations associated with an SSID now. */
    List<Station> stations(int ssid);

    /** Where the driver reports stations joining or leaving; null stops the reports. */
    void setListener(Listener listener);

    /** Receives driver events; called on a driver thread, must not block. */
    @FunctionalInterface
    interface Listener {
        /** Stations joined or left this SSID. */
        void stationsChanged(int ssid);
    }
}
