package org.homegw.adapter.wifi.spi;

/**
 * An SSID and its access point's configuration.
 *
 * @param ssid         SSID number
 * @param enabled      SSID and access point both enabled
 * @param name         the network name broadcast
 * @param advertised   beacons carry the name
 * @param securityMode a TR-181 Security.ModeEnabled value, e.g. WPA2-Personal
 * @param passphrase   the personal-mode passphrase ("" for None)
 */
public record SsidSettings(int ssid, boolean enabled, String name, boolean advertised, String securityMode,
                           String passphrase) {
    @Override
    public String toString() {
        return "SsidSettings[ssid=" + ssid + ", enabled=" + enabled + ", name=" + name + ", advertised=" + advertised
                + ", securityMode=" + securityMode + "]";
    }
}
