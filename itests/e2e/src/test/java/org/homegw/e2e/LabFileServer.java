package org.homegw.e2e;

import java.io.IOException;
import java.util.function.Supplier;

import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LabAcsConfig;
import org.junit.rules.ExternalResource;

/**
 * Another lab ACS instance used only as a file server (e.g. over HTTPS, or Digest-protected); its
 * settings are asked for at start, so they may name folders an outer rule creates.
 */
final class LabFileServer extends ExternalResource {

    private final Supplier<LabAcsConfig.Builder> config;
    private LabAcs server;

    LabFileServer(Supplier<LabAcsConfig.Builder> config) {
        this.config = config;
    }

    @Override
    protected void before() throws IOException {
        server = LabAcs.start(config.get().build());
    }

    @Override
    protected void after() {
        if (server != null) {
            server.close();
        }
    }

    String url(String name) {
        return server.fileUrl(name).toString();
    }
}
