package org.homegw.adapter.stb.internal.dm;

import java.nio.file.Path;

import org.homegw.datamodel.spi.ProviderConfigFile;

/** The set-top box adapter's writable configuration, saved atomically, owner-only. */
public final class StbConfigStore extends ProviderConfigFile {

    public StbConfigStore(Path file) {
        super(file, "set-top box configuration");
    }
}
