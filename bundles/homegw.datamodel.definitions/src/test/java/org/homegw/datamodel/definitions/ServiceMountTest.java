package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

/** Service models (isService="true") mounted under Device.Services. and InternetGatewayDevice.Services. */
public class ServiceMountTest {

    private static DataModelDefinitions device;
    private static DataModelDefinitions voice;
    private static DataModelDefinitions storage;

    @BeforeClass
    public static void load() throws Exception {
        BbfXmlReader r = new BbfXmlReader();
        device = r.readModel(BbfKit.dm("tr-181-2-19-1-cwmp-full.xml"));
        voice = r.readModel(BbfKit.dm("tr-104-2-0-2-cwmp-full.xml"));
        storage = r.readModel(BbfKit.dm("tr-140-1-3-1-cwmp-full.xml"));
    }

    @Test
    public void mounted_service_paths_get_the_prefix() {
        DataModelDefinitions m = device.mount(voice, "Device.Services.");
        assertEquals(873 + 113, m.objects().size());
        assertEquals(7343 + 848 + 1, m.parameters().size());
        ObjectDefinition top = m.object("Device.Services.VoiceService.{i}.").orElseThrow();
        assertEquals("VoiceServiceNumberOfEntries", top.numEntriesParameter());
        assertEquals("Device.Services.", top.parentPath());
        assertTrue(m.childObjects("Device.Services.").contains(top));
        ParameterDefinition original = voice.parameters().get(0);
        ParameterDefinition mounted = m.parameter("Device.Services." + original.path()).orElseThrow();
        assertEquals(original.syntax(), mounted.syntax());
        assertEquals(original.access(), mounted.access());
    }

    @Test
    public void mount_point_gains_the_number_of_entries_parameter() {
        DataModelDefinitions m = device.mount(voice, "Device.Services.").mount(storage, "Device.Services.");
        List<String> names = m.parametersOf("Device.Services.").stream().map(ParameterDefinition::name).toList();
        assertEquals(List.of("VoiceServiceNumberOfEntries", "StorageServiceNumberOfEntries"), names);
        ParameterDefinition n = m.parameter("Device.Services.VoiceServiceNumberOfEntries").orElseThrow();
        assertFalse(n.isWritable());
        assertEquals(BaseType.UNSIGNED_INT, n.syntax().baseType());
    }

    @Test
    public void models_list_root_first_then_services_with_mount_point() {
        DataModelDefinitions m = device.mount(voice, "Device.Services.");
        assertEquals("Device:2.19", m.name());
        assertEquals(List.of(
                new ModelInfo("Device:2.19", "urn:broadband-forum-org:tr-181-2-19-1-cwmp", false, ""),
                new ModelInfo("VoiceService:2.0", "urn:broadband-forum-org:tr-104-2-0-2-cwmp", true, "Device.Services.")),
                m.models());
        assertEquals("VoiceService:2", m.models().get(1).majorName());
    }

    @Test
    public void service_mounts_under_igd_too() throws Exception {
        DataModelDefinitions igd = new BbfXmlReader().readModel(BbfKit.dm("tr-098-1-8-0-full.xml"));
        DataModelDefinitions m = igd.mount(storage, "InternetGatewayDevice.Services.");
        assertTrue(m.object("InternetGatewayDevice.Services.StorageService.{i}.").isPresent());
    }

    @Test
    public void refuses_unknown_mount_point_and_clashing_paths() {
        try {
            device.mount(voice, "Device.NoServices.");
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("Device.NoServices."));
        }
        DataModelDefinitions once = device.mount(voice, "Device.Services.");
        try {
            once.mount(voice, "Device.Services.");
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("defined twice"));
        }
    }
}
