package org.homegw.launcher.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DeviceConfigurationsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** Config Admin reduced to a map from file name to properties. */
    private static class FakeTarget implements ConfigTarget {
        final Map<String, Map<String, String>> store = new HashMap<>();
        final Map<String, ConfigFile> files = new HashMap<>();

        @Override
        public boolean put(ConfigFile file, Map<String, String> properties) {
            files.put(file.fileName(), file);
            return !properties.equals(store.put(file.fileName(), properties));
        }

        @Override
        public Set<String> shippedFileNames() {
            return Set.copyOf(store.keySet());
        }

        @Override
        public void delete(String fileName) {
            store.remove(fileName);
        }
    }

    private Path write(String name, String text) throws Exception {
        Path dir = tmp.getRoot().toPath().resolve("config");
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<ConfigFile> read() throws Exception {
        return ConfigFiles.read(tmp.getRoot().toPath().resolve("config"));
    }

    @Test
    public void reads_singleton_and_factory_configurations_by_file_name() throws Exception {
        write("org.homegw.adapter.wifi.cfg", "# shipped\nregulatoryDomain=DE\\ \ndriver.target=(homegw.driver=simulated)\n");
        write("org.homegw.sensor-kitchen.cfg", "room=kitchen\n");
        write("README.txt", "not a configuration");
        List<ConfigFile> files = read();
        assertEquals(2, files.size());
        ConfigFile wifi = files.get(0);
        assertEquals("org.homegw.adapter.wifi", wifi.pid());
        assertNull(wifi.name());
        assertEquals(Map.of("regulatoryDomain", "DE ", "driver.target", "(homegw.driver=simulated)"), wifi.properties());
        ConfigFile sensor = files.get(1);
        assertEquals("org.homegw.sensor", sensor.pid());
        assertEquals("kitchen", sensor.name());
    }

    @Test
    public void a_missing_folder_is_no_configuration() throws Exception {
        assertEquals(List.of(), read());
    }

    @Test
    public void leaves_out_files_with_bad_names_or_config_admin_properties() throws Exception {
        write("bad name.cfg", "a=1\n");
        write("org.homegw.x.cfg", "service.pid=other\n");
        write("org.homegw.y.cfg", "ok=1\n");
        assertEquals(List.of("org.homegw.y.cfg"), read().stream().map(ConfigFile::fileName).toList());
    }

    @Test
    public void applies_marked_configurations_once_and_deletes_those_whose_file_is_gone() throws Exception {
        FakeTarget cm = new FakeTarget();
        write("org.homegw.a.cfg", "x=1\n");
        Path b = write("org.homegw.b.cfg", "y=2\n");
        assertEquals(new DeviceConfigurations.Outcome(2, 0, 0, 0), DeviceConfigurations.apply(read(), cm));
        assertEquals(Map.of("x", "1", ConfigFile.MARKER, "org.homegw.a.cfg"), cm.store.get("org.homegw.a.cfg"));

        // the next start: nothing changed, nothing rewritten (no component restarts)
        assertEquals(new DeviceConfigurations.Outcome(0, 2, 0, 0), DeviceConfigurations.apply(read(), cm));

        // a firmware update edits one file and drops the other
        write("org.homegw.a.cfg", "x=3\n");
        Files.delete(b);
        assertEquals(new DeviceConfigurations.Outcome(1, 0, 1, 0), DeviceConfigurations.apply(read(), cm));
        assertEquals(Set.of("org.homegw.a.cfg"), cm.store.keySet());
        assertEquals("3", cm.store.get("org.homegw.a.cfg").get("x"));
    }

    @Test
    public void a_failing_configuration_does_not_stop_the_others() throws Exception {
        FakeTarget cm = new FakeTarget() {
            @Override
            public boolean put(ConfigFile file, Map<String, String> properties) {
                if (file.pid().equals("org.homegw.a")) {
                    throw new IllegalStateException("refused");
                }
                return super.put(file, properties);
            }
        };
        write("org.homegw.a.cfg", "x=1\n");
        write("org.homegw.b.cfg", "y=2\n");
        assertEquals(new DeviceConfigurations.Outcome(1, 0, 0, 1), DeviceConfigurations.apply(read(), cm));
        assertEquals(Set.of("org.homegw.b.cfg"), cm.store.keySet());
    }
}
