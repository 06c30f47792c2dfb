package org.homegw.adapter.voip.internal.dm;

import java.nio.file.Path;

import org.homegw.datamodel.spi.ProviderConfigFile;

/** The VoIP adapter's writable configuration (SIP passwords included), saved atomically, owner-only. */
public final class VoiceConfigStore extends ProviderConfigFile {

    public VoiceConfigStore(Path file) {
        super(file, "VoIP configuration");
    }
}
