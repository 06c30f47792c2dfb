package org.homegw.datamodel.internal.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The shipped Device:2.19 file plus the example smart plug's vendor XML in one datamodel folder. */
public class VendorDefinitionsLocatorTest {

    private static final Path SHIPPED = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static final Path PLUG_XML = Path.of("../homegw.example.smartplug/src/main/dm/X_000000_SmartPlug.xml");

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void vendor_model_beside_the_shipped_base_is_loaded_without_configuration() throws Exception {
        Assume.assumeTrue(Files.isRegularFile(SHIPPED) && Files.isRegularFile(PLUG_XML));
        Path config = tmp.newFolder("conf").toPath();
        Path models = Files.createDirectory(config.resolve("datamodel"));
        Files.copy(SHIPPED, models.resolve(SHIPPED.getFileName()));
        Files.copy(PLUG_XML, models.resolve(PLUG_XML.getFileName()));

        SchemaTree tree = DefinitionsLocator.load(DataModelComponentTest.config("", "", 0), config);
        assertNotNull(tree.object("Device.X_000000_SmartPlug.Outlet.{i}."));
        assertNotNull(tree.object("Device.Services.VoiceService.{i}."));
        assertEquals("Device:2.19", tree.models().get(0).name());
        assertEquals("X_000000_SmartPlug:2.19", tree.models().get(tree.models().size() - 1).name());

        DataModelRegistry registry = new RegistryAssembly(tree).build().registry();
        String count = Integer.toString(tree.models().size());
        assertEquals(count, registry.getValue("Device.DeviceInfo.SupportedDataModelNumberOfEntries").value().value());
        assertEquals("urn:example-com:homegw-smartplug-1-0",
                registry.getValue("Device.DeviceInfo.SupportedDataModel." + count + ".URN").value().value());
    }
}
