package org.homegw.datamodel.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.homegw.datamodel.definitions.BbfXmlReader;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.junit.Assume;

/** The Broadband Forum files of the reference kit (../shared/bbf), loaded once per test JVM. */
final class RealModels {

    static final String DEVICE_2_19 = "tr-181-2-19-1-cwmp-full.xml";
    static final String IGD_1_14 = "tr-098-1-8-0-full.xml";

    private static final Map<String, SchemaTree> CACHE = new HashMap<>();

    private RealModels() {
    }

    static Path bbfDir() {
        String dir = System.getProperty("homegw.bbf.dir", "../../../shared/bbf");
        return Path.of(dir, "dm");
    }

    /** The model of a kit file; the test is skipped when the kit is not there. */
    static synchronized SchemaTree tree(String file) throws Exception {
        Path path = bbfDir().resolve(file);
        Assume.assumeTrue("BBF kit not present: " + path, Files.isRegularFile(path));
        SchemaTree tree = CACHE.get(file);
        if (tree == null) {
            DataModelDefinitions defs = new BbfXmlReader().readModel(path);
            tree = DefinitionsAdapter.toTree(defs);
            CACHE.put(file, tree);
        }
        return tree;
    }

    /** A defaults file like device-config/defaults.properties (Java properties syntax). */
    static Path writeDefaults(Path dir) throws java.io.IOException {
        return Files.writeString(dir.resolve("defaults.properties"), String.join("\n",
                "# identity",
                "Device.DeviceInfo.Manufacturer=homegw",
                "Device.DeviceInfo.ManufacturerOUI=000000",
                "Device.DeviceInfo.ProductClass : HomeGateway",
                "Device.DeviceInfo.SerialNumber=HGW0000001",
                "Device.ManagementServer.URL=",
                "Device.ManagementServer.PeriodicInformEnable=true",
                "Device.ManagementServer.PeriodicInformInterval=3600",
                "InternetGatewayDevice.DeviceInfo.Manufacturer=homegw", ""));
    }
}
