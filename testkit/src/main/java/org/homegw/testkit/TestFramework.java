package org.homegw.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * An OSGi framework (whichever the test class path provides, Felix here) for a bundle's smoke test:
 * its cache in a folder of the test's, cleaned on start as the launcher does, stopped on {@link #close}.
 */
public final class TestFramework implements AutoCloseable {

    private final Framework framework;

    private TestFramework(Framework framework) {
        this.framework = framework;
    }

    /**
     * Starts a framework caching in {@code storage}, with {@code properties} as framework properties
     * (the API packages the system bundle exports from the test class path, the gateway's settings).
     */
    public static TestFramework start(Path storage, Map<String, String> properties) throws BundleException {
        Map<String, String> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Iterator<FrameworkFactory> factories = ServiceLoader.load(FrameworkFactory.class).iterator();
        if (!factories.hasNext()) {
            throw new IllegalStateException("no OSGi framework on the test class path");
        }
        Framework framework = factories.next().newFramework(config);
        framework.start();
        return new TestFramework(framework);
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** Installs and starts each jar, in order. */
    public void installAndStart(Path... jars) throws BundleException, IOException {
        for (Path jar : jars) {
            try (InputStream in = Files.newInputStream(jar)) {
                context().installBundle(jar.toUri().toString(), in).start();
            }
        }
    }

    /** Installs and starts the jars the named system properties point at (set by the module's surefire configuration). */
    public void installAndStartFromProperties(String... systemProperties) throws BundleException, IOException {
        for (String property : systemProperties) {
            String file = System.getProperty(property);
            if (file == null) {
                throw new IllegalStateException("system property " + property + " (a bundle to install) is not set");
            }
            installAndStart(Path.of(file));
        }
    }

    /**
     * The module's bundle as the build makes it, from its class folder ({@code target/classes}, with
     * bnd's manifest and DS descriptors) into {@code jar}.
     */
    public static Path jarOf(Path classes, Path jar) throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                if (!name.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new ZipEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /** Stops the framework and waits up to ten seconds for it. */
    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
