package org.homegw.swmod.internal.du;

import java.nio.file.Path;

/**
 * Where the file of an Install or Update comes from: downloaded by the gateway's shared downloader,
 * then held to the device's signature rule. A file that fails either is deleted at once.
 */
public record UnitSource(BundleFetcher fetcher, BundleSignatures signatures) {

    /** The checked file in {@code dir}; the caller deletes it. */
    public Path obtain(String url, String username, String password, Path dir) throws DuFailure {
        Path file = fetcher.fetch(url, username, password, dir);
        boolean ok = false;
        try {
            signatures.check(file);
            ok = true;
            return file;
        } finally {
            if (!ok) {
                BundleFetcher.deleteQuietly(file);
            }
        }
    }
}
