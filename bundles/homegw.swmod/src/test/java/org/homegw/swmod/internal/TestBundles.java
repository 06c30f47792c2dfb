package org.homegw.swmod.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.homegw.swmod.testbundle.ProviderActivator;

/** Builds tiny OSGi bundles in memory: a manifest, optionally the {@link ProviderActivator} classes. */
final class TestBundles {

    private TestBundles() {
    }

    /** A bundle with no code. {@code version} null leaves Bundle-Version out; {@code imports} may be null. */
    static byte[] plain(String symbolicName, String version, String imports) {
        return build(symbolicName, version, imports, false);
    }

    /** A bundle whose activator registers a ParameterProvider for Device.X_TEST_Vendor. */
    static byte[] withProvider(String symbolicName, String version) {
        return build(symbolicName, version, "org.osgi.framework,org.homegw.datamodel.api,org.homegw.datamodel.spi", true);
    }

    private static byte[] build(String symbolicName, String version, String imports, boolean activator) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Vendor", "Test Vendor");
        a.putValue("Bundle-Description", "test bundle " + symbolicName);
        if (version != null) {
            a.putValue("Bundle-Version", version);
        }
        if (imports != null) {
            a.putValue("Import-Package", imports);
        }
        if (activator) {
            a.putValue("Bundle-Activator", ProviderActivator.class.getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            if (activator) {
                addClass(jar, ProviderActivator.class);
                addClass(jar, ProviderActivator.VendorProvider.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void addClass(JarOutputStream jar, Class<?> c) throws IOException {
        String path = c.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(path));
        try (InputStream in = c.getClassLoader().getResourceAsStream(path)) {
            in.transferTo(jar);
        }
        jar.closeEntry();
    }

    /** A jar with a valid start whose data is cut off: the zip layer reports it damaged. */
    static byte[] corrupt(String symbolicName) {
        byte[] good = build(symbolicName, "1.0.0", null, true);
        byte[] cut = new byte[good.length / 2];
        System.arraycopy(good, 0, cut, 0, cut.length);
        return cut;
    }
}
