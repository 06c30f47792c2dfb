package org.homegw.testkit;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;

public class TestFrameworkTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void a_bundle_jarred_from_a_class_folder_installs_and_starts_and_close_stops_the_framework()
            throws Exception {
        Path classes = tmp.newFolder("classes").toPath();
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
                + "Bundle-SymbolicName: homegw.testkit.probe\nBundle-Version: 1.2.3\n");
        Files.createDirectories(classes.resolve("OSGI-INF"));
        Files.writeString(classes.resolve("OSGI-INF/probe.txt"), "probe");
        Path jar = TestFramework.jarOf(classes, tmp.getRoot().toPath().resolve("probe.jar"));

        TestFramework framework = TestFramework.start(tmp.newFolder("felix").toPath(),
                Map.of("homegw.state.dir", tmp.getRoot().getAbsolutePath()));
        Bundle system = framework.context().getBundle(0);
        try {
            framework.installAndStart(jar);
            Bundle probe = framework.context().getBundles()[1];
            assertEquals("homegw.testkit.probe", probe.getSymbolicName());
            assertEquals(Bundle.ACTIVE, probe.getState());
            assertEquals("probe", new String(probe.getEntry("OSGI-INF/probe.txt").openStream().readAllBytes()));
            assertEquals(tmp.getRoot().getAbsolutePath(), framework.context().getProperty("homegw.state.dir"));
        } finally {
            framework.close();
        }
        assertEquals(Bundle.RESOLVED, system.getState());
    }
}
