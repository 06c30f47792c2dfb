package org.homegw.adapter.wifi.spi;

import java.util.List;

/** The complete Wi-Fi configuration the adapter applies. */
public record WifiSettings(List<RadioSettings> radios, List<SsidSettings> ssids) {
    public WifiSettings {
        radios = List.copyOf(radios);
        ssids = List.copyOf(ssids);
    }
}
