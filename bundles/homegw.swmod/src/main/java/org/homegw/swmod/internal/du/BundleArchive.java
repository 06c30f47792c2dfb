package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * A downloaded file checked to be an OSGi bundle before the framework sees it: every entry readable
 * (CRC checked), a manifest with a Bundle-SymbolicName and a well-formed Bundle-Version. Anything
 * else is fault 9018 (file corrupted).
 */
public record BundleArchive(String symbolicName, Version version, boolean versionDeclared, String vendor) {

    public static BundleArchive inspect(Path file) throws DuFailure {
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            byte[] buf = new byte[8192];
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                try (InputStream in = jar.getInputStream(e.nextElement())) {
                    while (in.read(buf) > 0) {
                        // reading to the end makes the zip layer check the entry's CRC
                    }
                }
            }
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw new DuFailure(DuFailure.FILE_CORRUPTED, "not an OSGi bundle: no manifest");
            }
            Attributes main = manifest.getMainAttributes();
            String bsn = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (bsn == null || bsn.isBlank()) {
                throw new DuFailure(DuFailure.FILE_CORRUPTED, "not an OSGi bundle: no Bundle-SymbolicName");
            }
            int semicolon = bsn.indexOf(';');
            String name = (semicolon < 0 ? bsn : bsn.substring(0, semicolon)).trim();
            String v = main.getValue(Constants.BUNDLE_VERSION);
            Version version;
            try {
                version = v == null ? Version.emptyVersion : Version.parseVersion(v.trim());
            } catch (IllegalArgumentException ex) {
                throw new DuFailure(DuFailure.FILE_CORRUPTED, "invalid Bundle-Version '" + v + "'", ex);
            }
            String vendor = main.getValue(Constants.BUNDLE_VENDOR);
            return new BundleArchive(name, version, v != null, vendor == null ? "" : vendor.trim());
        } catch (IOException | SecurityException e) {
            throw new DuFailure(DuFailure.FILE_CORRUPTED, "file corrupted: " + e.getMessage(), e);
        }
    }
}
