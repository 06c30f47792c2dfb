package org.homegw.swmod.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.homegw.swmod.testbundle.FailingActivator;
import org.homegw.swmod.testbundle.ProviderActivator;

/** Builds tiny OSGi bundles in memory: a manifest, optionally the {@link ProviderActivator} classes. */
final class TestBundles {

    private TestBundles() {
    }

    /** A bundle with no code. {@code version} null leaves Bundle-Version out; {@code imports} may be null. */
    static byte[] plain(String symbolicName, String version, String imports) {
        return build(symbolicName, version, imports);
    }

    /** A bundle whose activator registers a ParameterProvider for Device.X_TEST_Vendor. */
    static byte[] withProvider(String symbolicName, String version) {
        return build(symbolicName, version, "org.osgi.framework,org.homegw.datamodel.api,org.homegw.datamodel.spi",
                ProviderActivator.class, ProviderActivator.VendorProvider.class);
    }

    /** A bundle without code that carries data-model definitions declaring one vendor model with this URN. */
    static byte[] withModel(String symbolicName, String version, String urn) {
        String dmdefs = "homegw-definitions\t1\nM\tX_TEST_Model:1.0\t" + urn + "\t0\t\tDevice:2.19\nEND\t0\t0\t0\t0\n";
        return build(symbolicName, version, null, Map.of("OSGI-INF/homegw/datamodel/x.dmdefs",
                dmdefs.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A bundle whose activator throws. */
    static byte[] failing(String symbolicName, String version) {
        return build(symbolicName, version, "org.osgi.framework", FailingActivator.class);
    }

    /** The first class, if any, is the activator. */
    private static byte[] build(String symbolicName, String version, String imports, Class<?>... classes) {
        return build(symbolicName, version, imports, Map.of(), classes);
    }

    private static byte[] build(String symbolicName, String version, String imports, Map<String, byte[]> files,
                                Class<?>... classes) {
        boolean activator = classes.length > 0;
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
            a.putValue("Bundle-Activator", classes[0].getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            for (Class<?> c : classes) {
                addClass(jar, c);
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                jar.putNextEntry(new JarEntry(f.getKey()));
                jar.write(f.getValue());
                jar.closeEntry();
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
        byte[] good = withProvider(symbolicName, "1.0.0");
        byte[] cut = new byte[good.length / 2];
        System.arraycopy(good, 0, cut, 0, cut.length);
        return cut;
    }
}
