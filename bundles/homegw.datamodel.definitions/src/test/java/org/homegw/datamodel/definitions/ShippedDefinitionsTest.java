package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The compact files shipped in {@code device-config/datamodel/} load, and regenerating them from the
 * BBF kit with the command of that folder's README gives byte-identical files.
 */
public class ShippedDefinitionsTest {

    /** Tests run in the module directory; the repository root is two levels up. */
    private static final Path SHIPPED = Path.of("../../device-config/datamodel");

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static List<DefinitionsCompiler.Mount> mounts(String point, Path dm, String... files) {
        return java.util.Arrays.stream(files).map(f -> new DefinitionsCompiler.Mount(point, dm.resolve(f))).toList();
    }

    @Test
    public void shipped_device_2_19_loads_with_services_mounted() throws Exception {
        DataModelDefinitions m = new DefinitionsLoader().load(SHIPPED.resolve("device-2.19.dmdefs"));
        assertEquals(List.of("Device:2.19", "VoiceService:2.0", "STBService:1.4", "StorageService:1.3"),
                m.models().stream().map(ModelInfo::name).toList());
        assertEquals(873 + 113 + 99 + 19, m.objects().size());
        assertEquals(7343 + 848 + 518 + 125 + 3, m.parameters().size());
        assertTrue(m.object("Device.Services.STBService.{i}.").isPresent());
        assertTrue(m.parameter("Device.ManagementServer.ConnectionRequestPassword").orElseThrow().readsBackEmpty());
    }

    @Test
    public void shipped_igd_1_14_loads_with_services_mounted() throws Exception {
        DataModelDefinitions m = new DefinitionsLoader().load(SHIPPED.resolve("igd-1.14.dmdefs"));
        assertEquals(List.of("InternetGatewayDevice:1.14", "VoiceService:1.1", "STBService:1.4", "StorageService:1.3"),
                m.models().stream().map(ModelInfo::name).toList());
        assertEquals(192 + 43 + 99 + 19, m.objects().size());
        assertTrue(m.object("InternetGatewayDevice.Services.VoiceService.{i}.").isPresent());
    }

    @Test
    public void finds_the_shipped_file_for_the_configured_root_model() throws Exception {
        DefinitionsLoader loader = new DefinitionsLoader();
        assertEquals("device-2.19.dmdefs", loader.findCompact(SHIPPED, "Device:2").orElseThrow().getFileName().toString());
        assertEquals("igd-1.14.dmdefs",
                loader.findCompact(SHIPPED, "InternetGatewayDevice:1").orElseThrow().getFileName().toString());
        assertTrue(loader.findCompact(SHIPPED, "Device:1").isEmpty());
        assertTrue(loader.findCompact(SHIPPED, "Device").isEmpty());
    }

    @Test
    public void highest_minor_version_wins() throws Exception {
        Path dir = tmp.newFolder("dm").toPath();
        String text = Files.readString(SHIPPED.resolve("igd-1.14.dmdefs"));
        Files.writeString(dir.resolve("a.dmdefs"), text.replace("M\tInternetGatewayDevice:1.14", "M\tInternetGatewayDevice:1.9"));
        Files.writeString(dir.resolve("b.dmdefs"), text);
        Files.writeString(dir.resolve("c.dmdefs"), "not definitions");
        assertEquals("b.dmdefs", new DefinitionsLoader().findCompact(dir, "InternetGatewayDevice:1").orElseThrow()
                .getFileName().toString());
    }

    @Test
    public void loader_recognises_bbf_xml_by_content() throws Exception {
        Path copy = tmp.getRoot().toPath().resolve("storage.dmdefs");
        Files.copy(BbfKit.dm("tr-140-1-3-1-cwmp-full.xml"), copy);
        DataModelDefinitions m = new DefinitionsLoader().load(copy);
        assertEquals("StorageService:1.3", m.name());
        assertEquals(125, m.parameters().size());
    }

    @Test
    public void regenerating_device_2_19_gives_identical_bytes() throws Exception {
        Path dm = BbfKit.dir().resolve("dm");
        assertRegenerates("device-2.19.dmdefs", List.of(dm.resolve("tr-181-2-19-1-cwmp-full.xml")),
                mounts("Device.Services.", dm, "tr-104-2-0-2-cwmp-full.xml", "tr-135-1-4-1-cwmp-full.xml",
                        "tr-140-1-3-1-cwmp-full.xml"));
    }

    @Test
    public void regenerating_igd_1_14_gives_identical_bytes() throws Exception {
        Path dm = BbfKit.dir().resolve("dm");
        assertRegenerates("igd-1.14.dmdefs", List.of(dm.resolve("tr-098-1-8-0-full.xml")),
                mounts("InternetGatewayDevice.Services.", dm, "tr-104-1-1-0-full.xml", "tr-135-1-4-1-cwmp-full.xml",
                        "tr-140-1-3-1-cwmp-full.xml"));
    }

    private void assertRegenerates(String name, List<Path> models, List<DefinitionsCompiler.Mount> mounts) throws Exception {
        Path out = tmp.getRoot().toPath().resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("--out", out.toString()));
        models.forEach(p -> args.add(p.toString()));
        mounts.forEach(m -> {
            args.add("--mount");
            args.add(m.mountPoint() + "=" + m.file());
        });
        assertEquals(0, DefinitionsCompiler.run(args.toArray(String[]::new),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), System.err));
        assertArrayEquals(name + " differs from a fresh compile: regenerate it (see device-config/datamodel/README.md)",
                Files.readAllBytes(SHIPPED.resolve(name)), Files.readAllBytes(out));
    }
}
