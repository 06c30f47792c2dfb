package org.homegw.swmod.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Framework-wide steps around install/update/uninstall: resolving, refreshing (so an updated or
 * removed bundle's old revision is really gone) and snapshotting a bundle's current content so a
 * failed update can be rolled back.
 */
public final class FrameworkWiringOps {

    private static final long REFRESH_WAIT_SECONDS = 60;

    private final FrameworkWiring wiring;

    public FrameworkWiringOps(BundleContext context) {
        this.wiring = context.getBundle(0).adapt(FrameworkWiring.class);
    }

    /** Tries to resolve the bundle; true when it is resolved now. */
    public boolean resolve(Bundle b) {
        return wiring.resolveBundles(List.of(b));
    }

    /** Refreshes the bundle and its dependents and waits until the framework is done. */
    public void refresh(Bundle b) {
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(List.of(b), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            done.await(REFRESH_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the bundle's current entries (manifest first) as a jar that installs as the same bundle. */
    public static void snapshot(Bundle b, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            copy(b, "META-INF/MANIFEST.MF", zip);
            Deque<String> dirs = new ArrayDeque<>();
            dirs.push("/");
            while (!dirs.isEmpty()) {
                Enumeration<String> paths = b.getEntryPaths(dirs.pop());
                while (paths != null && paths.hasMoreElements()) {
                    String p = paths.nextElement();
                    if (p.endsWith("/")) {
                        dirs.push(p);
                    } else if (!p.equals("META-INF/MANIFEST.MF")) {
                        copy(b, p, zip);
                    }
                }
            }
        }
    }

    private static void copy(Bundle b, String path, ZipOutputStream zip) throws IOException {
        URL url = b.getEntry(path);
        if (url == null) {
            return;
        }
        zip.putNextEntry(new ZipEntry(path.startsWith("/") ? path.substring(1) : path));
        try (InputStream in = url.openStream()) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }
}
