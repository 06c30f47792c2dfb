package org.homegw.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small bundles for the hot-deployment tests. */
final class TestBundles {

    private TestBundles() {
    }

    /** A bundle with only a manifest: enough to be installed, resolved and started. */
    static void writeEmpty(Path jar, String symbolicName, String version) throws IOException {
        write(jar, symbolicName, Map.of("Bundle-Version", version), null);
    }

    /** A bundle that logs "hello from slf4j" through SLF4J when started. */
    static void writeSlf4j(Path jar, String symbolicName) throws IOException {
        write(jar, symbolicName, Map.of(
                "Bundle-Activator", "org.homegw.distribution.testbundle.Slf4jActivator",
                "Import-Package", "org.osgi.framework,org.slf4j;version=\"[1.7,3)\""), "Slf4jActivator");
    }

    /** A bundle without code that carries data-model definitions (compact text) at the conventional place. */
    static void writeDefinitions(Path jar, String symbolicName, String version, String dmdefs) throws IOException {
        write(jar, symbolicName, Map.of("Bundle-Version", version), null,
                Map.of("OSGI-INF/homegw/datamodel/test.dmdefs", dmdefs.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A bundle whose activator runs {@link org.homegw.distribution.testbundle.ActionActivator}. */
    static void writeAction(Path jar, String symbolicName, String action, Path marker) throws IOException {
        write(jar, symbolicName, Map.of(
                "Bundle-Activator", "org.homegw.distribution.testbundle.ActionActivator",
                "Import-Package", "org.osgi.framework,org.homegw.runtime.api",
                "Homegw-Test-Action", action,
                "Homegw-Test-Marker", marker.toString()), "ActionActivator");
    }

    /**
     * Written under a temporary name outside the jar's folder (deploy/) and moved into place, so
     * FileInstall never sees half a jar.
     */
    private static void write(Path jar, String bsn, Map<String, String> headers, String activator)
            throws IOException {
        write(jar, bsn, headers, activator, Map.of());
    }

    private static void write(Path jar, String bsn, Map<String, String> headers, String activator,
                              Map<String, byte[]> resources) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", bsn);
        a.putValue("Bundle-Version", "1.0.0");
        headers.forEach(a::putValue);
        Path tmp = jar.toAbsolutePath().getParent().resolveSibling(jar.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream jos = new JarOutputStream(out, mf)) {
            if (activator != null) {
                String entry = "org/homegw/distribution/testbundle/" + activator + ".class";
                jos.putNextEntry(new JarEntry(entry));
                try (InputStream in = TestBundles.class.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jos);
                }
                jos.closeEntry();
            }
            for (Map.Entry<String, byte[]> r : resources.entrySet()) {
                jos.putNextEntry(new JarEntry(r.getKey()));
                jos.write(r.getValue());
                jos.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
