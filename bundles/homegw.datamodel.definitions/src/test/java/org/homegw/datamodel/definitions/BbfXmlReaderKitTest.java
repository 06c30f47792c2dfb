package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Loads the real BBF full files and checks the figures of the kit's counts.json. */
public class BbfXmlReaderKitTest {

    private final BbfXmlReader reader = new BbfXmlReader();

    private DataModelDefinitions load(String file) throws DefinitionsException {
        return reader.readModel(BbfKit.dm(file));
    }

    @Test
    public void device_2_19_has_the_counted_objects_tables_and_parameters() throws Exception {
        DataModelDefinitions m = load("tr-181-2-19-1-cwmp-full.xml");
        ModelCounts c = ModelCounts.of(m);
        assertEquals("Device:2.19", m.name());
        assertEquals("urn:broadband-forum-org:tr-181-2-19-1-cwmp", m.models().get(0).spec());
        assertEquals(873, c.objects());
        assertEquals(846, c.objectsCurrent());
        assertEquals(444, c.tables());
        assertEquals(430, c.tablesCurrent());
        assertEquals(191, c.tablesReadWrite());
        assertEquals(7343, c.params());
        assertEquals(7065, c.paramsCurrent());
        assertEquals(2686, c.paramsWritable());
        assertEquals(6170, c.paramsInTables());
        // counts.json counts the 465 parameters with their own <list>; two more are lists through the
        // MocaBand data type, which itself has <list>
        assertEquals(465 + 2, c.paramsListValued());
        assertTrue(m.parameter("Device.MoCA.Interface.{i}.Band").orElseThrow().syntax().isList());
        assertTrue(m.parameter("Device.MoCA.Interface.{i}.SupportedBands").orElseThrow().syntax().isList());
        assertEquals(16, c.maxDepth());
        assertEquals(6, c.maxTableNesting());
        assertEquals(Map.of("current", 7205, "deprecated", 56, "obsoleted", 12, "deleted", 70), c.paramStatus());
        assertEquals(Map.of("string", 2442, "unsignedInt", 2405, "boolean", 1116, "unsignedLong", 678, "int", 282,
                "dateTime", 168, "hexBinary", 156, "base64", 45, "decimal", 41, "long", 10), c.baseTypes());
        assertEquals(Integer.valueOf(608), c.namedTypes().get("StatsCounter64"));
        assertEquals(Integer.valueOf(269), c.namedTypes().get("_AliasCWMP"));
        assertEquals(Integer.valueOf(133), c.namedTypes().get("MACAddress"));
        assertEquals(Integer.valueOf(50), c.namedTypes().get("IPAddress"));
        assertEquals(47, c.namedTypes().size());
        assertTrue(m.parameter("Device.ManagementServer.Password").orElseThrow().hidden());
    }

    @Test
    public void igd_1_14_has_the_counted_objects_tables_and_parameters() throws Exception {
        DataModelDefinitions m = load("tr-098-1-8-0-full.xml");
        ModelCounts c = ModelCounts.of(m);
        assertEquals("InternetGatewayDevice:1.14", m.name());
        assertFalse(m.models().get(0).service());
        assertCounts(c, 192, 190, 91, 90, 39, 1801, 1743, 756, 1345, 134, 10, 4);
        assertEquals(Map.of("current", 1743, "deprecated", 41, "obsoleted", 16, "deleted", 1), c.paramStatus());
        assertEquals(Map.of("string", 741, "unsignedInt", 629, "boolean", 248, "int", 113, "dateTime", 53,
                "base64", 9, "hexBinary", 6, "long", 2), c.baseTypes());
        assertEquals(Map.of("Alias", 61, "IPAddress", 42, "MACAddress", 18, "UUID", 2), c.namedTypes());
        // <size maxLength="31" status="deleted"/>: no longer a limit
        assertEquals(List.of(), m.parameter("InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.BasicEncryptionModes")
                .orElseThrow().syntax().sizes());
        // data quirk: "Queueing " with a trailing blank in the XML
        assertTrue(m.parameters().stream().anyMatch(p -> p.name().equals("Queueing")));
    }

    @Test
    public void voice_service_2_0_is_a_service_model_with_the_counted_figures() throws Exception {
        DataModelDefinitions m = load("tr-104-2-0-2-cwmp-full.xml");
        assertEquals("VoiceService:2.0", m.name());
        assertTrue(m.models().get(0).service());
        assertEquals("VoiceService.{i}.", m.root().path());
        ModelCounts c = ModelCounts.of(m);
        assertCounts(c, 113, 113, 56, 56, 40, 848, 847, 514, 848, 54, 9, 4);
        assertEquals(Map.of("current", 847, "deprecated", 1), c.paramStatus());
        assertEquals(Map.of("string", 360, "unsignedInt", 275, "boolean", 136, "int", 53, "unsignedLong", 10,
                "dateTime", 9, "hexBinary", 5), c.baseTypes());
        assertEquals(Map.of("Alias", 54, "IPAddress", 10, "StatsCounter64", 10, "StatsCounter32", 6,
                "DiagnosticsState", 3), c.namedTypes());
    }

    @Test
    public void stb_service_1_4_has_the_counted_figures() throws Exception {
        DataModelDefinitions m = load("tr-135-1-4-1-cwmp-full.xml");
        assertEquals("STBService:1.4", m.name());
        assertTrue(m.models().get(0).service());
        ModelCounts c = ModelCounts.of(m);
        assertCounts(c, 99, 99, 32, 32, 0, 518, 518, 123, 518, 125, 11, 4);
        assertEquals(Map.of("unsignedInt", 251, "string", 194, "boolean", 49, "int", 19, "dateTime", 4,
                "hexBinary", 1), c.baseTypes());
        assertEquals(Map.of("Alias", 30, "IPAddress", 4, "UUID", 1), c.namedTypes());
    }

    @Test
    public void storage_service_1_3_has_the_counted_figures() throws Exception {
        DataModelDefinitions m = load("tr-140-1-3-1-cwmp-full.xml");
        assertEquals("StorageService:1.3", m.name());
        ModelCounts c = ModelCounts.of(m);
        assertCounts(c, 19, 19, 9, 9, 7, 125, 125, 67, 125, 5, 8, 4);
        assertEquals(Map.of("unsignedInt", 44, "string", 43, "boolean", 37, "int", 1), c.baseTypes());
        assertEquals(Map.of("Alias", 9), c.namedTypes());
    }

    @Test
    public void device_1_14_and_voice_service_1_1_load_too() throws Exception {
        assertCounts(ModelCounts.of(load("tr-181-1-7-0-full.xml")), 120, 120, 47, 47, 15, 848, 846, 338, 424, 67, 10, 4);
        assertCounts(ModelCounts.of(load("tr-104-1-1-0-full.xml")), 43, 43, 18, 18, 9, 349, 349, 222, 349, 21, 9, 4);
    }

    @Test
    public void tr_106_types_file_has_no_model_but_its_types_resolve() throws Exception {
        assertEquals(0, reader.read(BbfKit.dm("tr-106-types.xml")).size());
    }

    private static void assertFalse(boolean b) {
        org.junit.Assert.assertFalse(b);
    }

    private static void assertCounts(ModelCounts c, int objects, int objectsCurrent, int tables, int tablesCurrent,
            int tablesRw, int params, int paramsCurrent, int writable, int inTables, int lists, int depth, int nesting) {
        assertEquals("objects", objects, c.objects());
        assertEquals("objects_current", objectsCurrent, c.objectsCurrent());
        assertEquals("tables", tables, c.tables());
        assertEquals("tables_current", tablesCurrent, c.tablesCurrent());
        assertEquals("tables_readWrite", tablesRw, c.tablesReadWrite());
        assertEquals("params", params, c.params());
        assertEquals("params_current", paramsCurrent, c.paramsCurrent());
        assertEquals("params_writable", writable, c.paramsWritable());
        assertEquals("params_in_tables", inTables, c.paramsInTables());
        assertEquals("params_list_valued", lists, c.paramsListValued());
        assertEquals("max_depth", depth, c.maxDepth());
        assertEquals("max_table_nesting", nesting, c.maxTableNesting());
    }
}
