package org.homegw.transfer.internal.component;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import org.homegw.runtime.api.GatewayProperties;
import org.homegw.transfer.download.DownloadFailure;
import org.homegw.transfer.download.DownloadRequest;
import org.homegw.transfer.download.FileDownloader;
import org.homegw.transfer.internal.http.FileServerClient;
import org.homegw.transfer.internal.http.HttpAuthorization;
import org.homegw.transfer.internal.http.HttpFileDownloader;
import org.homegw.transfer.internal.http.TrustAnchors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Offers the transfer manager's file-server client to other bundles as {@link FileDownloader}. It
 * reads the transfer manager's configuration (trust anchors, timeouts, largest file) but needs none
 * of its services, so it is there even on a device without a firmware installer.
 */
@Component(service = FileDownloader.class, configurationPid = "org.homegw.transfer")
public final class FileDownloaderComponent implements FileDownloader {

    private HttpFileDownloader downloader;

    @Activate
    void activate(BundleContext context, TransferManagerComponent.Config config)
            throws IOException, GeneralSecurityException {
        Path configDir = Path.of(Optional.ofNullable(context.getProperty(GatewayProperties.CONFIG_DIR)).orElse("."));
        Optional<Path> anchors = Optional.ofNullable(config.trustAnchors()).map(String::trim)
                .filter(s -> !s.isEmpty()).map(configDir::resolve);
        FileServerClient client = new FileServerClient(new FileServerClient.Settings(
                TrustAnchors.lazySocketFactory(anchors), Duration.ofSeconds(config.connectTimeoutSeconds()),
                Duration.ofSeconds(config.readTimeoutSeconds())), new HttpAuthorization(new SecureRandom()));
        downloader = new HttpFileDownloader(client, config.maxFileSizeMiB() * 1024L * 1024L);
    }

    @Override
    public long download(DownloadRequest request, Path target)
            throws DownloadFailure {
        return downloader.download(request, target);
    }
}
