package org.homegw.adapter.wifi.internal.config;

import java.nio.file.Path;

import org.homegw.datamodel.spi.ProviderConfigFile;

/** The Wi-Fi adapter's writable configuration (passphrases included), saved atomically, owner-only. */
public final class WifiConfigStore extends ProviderConfigFile {

    public WifiConfigStore(Path file) {
        super(file, "Wi-Fi configuration");
    }
}
