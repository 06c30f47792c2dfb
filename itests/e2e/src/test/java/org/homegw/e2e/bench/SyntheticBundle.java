package org.homegw.e2e.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.homegw.e2e.bench.provider.SyntheticFirewallActivator;
import org.homegw.e2e.bench.provider.SyntheticFirewallProvider;

/**
 * The bench's synthetic provider bundle ({@link SyntheticFirewallProvider} behind an activator),
 * built from the compiled test classes; dropped into a gateway's deploy/ folder, FileInstall installs
 * and starts it like any add-on bundle.
 */
final class SyntheticBundle {

    static final String BSN = "org.homegw.e2e.bench.synthetic-firewall";

    private SyntheticBundle() {
    }

    /** Writes the bundle jar for a chain of {@code rules} rules to {@code file}. */
    static Path write(Path file, int rules) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", BSN);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", SyntheticFirewallActivator.class.getName());
        a.putValue("Import-Package", "org.osgi.framework,org.homegw.datamodel.api;version=\"[1.0,2)\","
                + "org.homegw.datamodel.spi;version=\"[1.1,2)\"");
        a.putValue(SyntheticFirewallActivator.RULES_HEADER, Integer.toString(rules));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(out, mf)) {
            for (Class<?> c : List.of(SyntheticFirewallActivator.class, SyntheticFirewallProvider.class)) {
                String entry = c.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (InputStream in = SyntheticBundle.class.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        // FileInstall must never see a half-written jar
        return Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
