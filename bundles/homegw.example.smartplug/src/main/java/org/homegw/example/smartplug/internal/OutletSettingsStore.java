package org.homegw.example.smartplug.internal;

import java.nio.file.Path;

import org.homegw.datamodel.spi.ProviderConfigFile;

/**
 * The outlets' settings (Name, Enable, MaxPower: "Outlet.1.Name" = ...) in a properties file under
 * the state directory, replaced atomically; empty when none were saved or the file is damaged.
 */
public final class OutletSettingsStore extends ProviderConfigFile {

    public OutletSettingsStore(Path file) {
        super(file, "example smart plug: outlet settings");
    }
}
