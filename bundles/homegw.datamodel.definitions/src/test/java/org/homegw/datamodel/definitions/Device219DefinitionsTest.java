package org.homegw.datamodel.definitions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

/** Spot checks of single definitions of Device:2.19 against the XML text. */
public class Device219DefinitionsTest {

    private static DataModelDefinitions model;

    @BeforeClass
    public static void load() throws Exception {
        model = new BbfXmlReader().readModel(BbfKit.dm("tr-181-2-19-1-cwmp-full.xml"));
    }

    private static ParameterDefinition param(String path) {
        return model.parameter(path).orElseThrow(() -> new AssertionError("no " + path));
    }

    @Test
    public void table_carries_entries_keys_and_enable_parameter() {
        ObjectDefinition ssid = model.object("Device.WiFi.SSID.{i}.").orElseThrow();
        assertTrue(ssid.isTable());
        assertTrue(ssid.isCreatable());
        assertEquals(0, ssid.minEntries());
        assertTrue(ssid.isUnbounded());
        assertEquals("SSIDNumberOfEntries", ssid.numEntriesParameter());
        assertEquals("Enable", ssid.enableParameter());
        assertEquals(List.of(new UniqueKey(List.of("Alias"), false), new UniqueKey(List.of("Name"), false),
                new UniqueKey(List.of("BSSID"), true)), ssid.uniqueKeys());
        assertEquals("Device.WiFi.SSID.", ssid.tablePath());
        assertEquals("Device.WiFi.", ssid.parentPath());
    }

    @Test
    public void single_object_without_entries_counts_as_one() {
        ObjectDefinition mgmt = model.object("Device.ManagementServer.").orElseThrow();
        assertFalse(mgmt.isTable());
        assertEquals(1, mgmt.minEntries());
        assertEquals(1, mgmt.maxEntries());
        assertEquals(Access.READ_ONLY, mgmt.access());
        assertEquals("Device.", model.root().path());
    }

    @Test
    public void password_is_hidden_and_writable() {
        ParameterDefinition p = param("Device.ManagementServer.Password");
        assertTrue(p.hidden());
        assertTrue(p.readsBackEmpty());
        assertTrue(p.isWritable());
        assertEquals(BaseType.STRING, p.syntax().baseType());
        assertEquals(Long.valueOf(256), p.syntax().maxLength());
    }

    @Test
    public void secured_syntax_is_flagged() {
        long secured = model.parameters().stream().filter(ParameterDefinition::secured).count();
        assertEquals(44, secured);
    }

    @Test
    public void named_type_resolves_through_its_base() {
        ParameterDefinition p = param("Device.IP.Interface.{i}.IPv4Address.{i}.IPAddress");
        Syntax s = p.syntax();
        assertEquals("IPv4Address", s.dataType());
        assertEquals(BaseType.STRING, s.baseType());
        assertEquals(Long.valueOf(15), s.maxLength());
        assertEquals(2, s.patterns().size());
        assertEquals("", s.patterns().get(0));
        DataTypeDefinition t = model.dataType("IPv4Address").orElseThrow();
        assertEquals("IPAddress", t.baseName());
        assertEquals(Long.valueOf(45), model.dataType("IPAddress").orElseThrow().syntax().maxLength());
    }

    @Test
    public void stats_counter_is_an_unsigned_long_with_units() {
        Syntax s = param("Device.IP.Interface.{i}.Stats.BytesSent").syntax();
        assertEquals("StatsCounter64", s.dataType());
        assertEquals(BaseType.UNSIGNED_LONG, s.baseType());
        assertEquals("bytes", s.units());
    }

    @Test
    public void diagnostics_state_keeps_enumeration_access() {
        Syntax s = param("Device.IP.Diagnostics.IPPing.DiagnosticsState").syntax();
        assertEquals("DiagnosticsState", s.dataType());
        assertEquals("None", s.enumerations().get(0).value());
        assertEquals(Access.READ_ONLY, s.enumerations().get(0).access());
        assertEquals(new EnumerationValue("Requested", Access.READ_WRITE, false), s.enumerations().get(1));
        assertTrue(s.enumerations().get(2).optional());
        assertTrue(s.enumerationValues().contains("Error_Internal"));
    }

    @Test
    public void range_on_named_type_replaces_nothing_but_the_range() {
        Syntax s = param("Device.Optical.Interface.{i}.OpticalSignalLevel").syntax();
        assertEquals("Dbm1000", s.dataType());
        assertEquals(BaseType.INT, s.baseType());
        assertEquals(List.of(new Range(new BigDecimal("-65536"), new BigDecimal("65534"), new BigDecimal("2"))), s.ranges());
        assertTrue(s.ranges().get(0).contains(new BigDecimal("-2")));
        assertFalse(s.ranges().get(0).contains(new BigDecimal("-1")));
    }

    @Test
    public void open_range_and_units() {
        Syntax s = param("Device.ManagementServer.PeriodicInformInterval").syntax();
        assertEquals(BaseType.UNSIGNED_INT, s.baseType());
        assertEquals(List.of(new Range(BigDecimal.ONE, null, null)), s.ranges());
        assertEquals("seconds", s.units());
    }

    @Test
    public void list_of_strong_path_references() {
        Syntax s = param("Device.DSL.Line.{i}.LowerLayers").syntax();
        assertTrue(s.isList());
        assertEquals(List.of(new Size(null, 1024L)), s.list().sizes());
        assertEquals(new Reference.PathRef(List.of(), true, "row"), s.reference());
    }

    @Test
    public void enumeration_reference_with_null_value() {
        Syntax s = param("Device.ManagementServer.HTTPCompression").syntax();
        assertEquals(new Reference.EnumerationRef("HTTPCompressionSupported", "Disabled"), s.reference());
        assertEquals(new DefaultValue(DefaultValue.Kind.FACTORY, "Disabled"), param("Device.ManagementServer.HTTPCompression").defaultValue());
    }

    @Test
    public void forced_inform_and_active_notify() {
        ParameterDefinition sw = param("Device.DeviceInfo.SoftwareVersion");
        assertTrue(sw.forcedInform());
        assertEquals(ActiveNotify.FORCE_ENABLED, sw.activeNotify());
        ParameterDefinition hw = param("Device.DeviceInfo.HardwareVersion");
        assertTrue(hw.forcedInform());
        assertEquals(ActiveNotify.NORMAL, hw.activeNotify());
        assertTrue(model.parameters().stream().anyMatch(p -> p.activeNotify() == ActiveNotify.CAN_DENY));
        assertTrue(model.parameters().stream().anyMatch(p -> p.activeNotify() == ActiveNotify.FORCE_DEFAULT_ENABLED));
    }

    @Test
    public void default_with_a_blank_value_is_kept_verbatim() {
        assertTrue(model.parameters().stream()
                .anyMatch(p -> p.defaultValue() != null && p.defaultValue().value().equals(" ")));
    }

    @Test
    public void deleted_enumeration_values_are_dropped() {
        List<String> profiles = param("Device.DSL.Line.{i}.AllowedProfiles").syntax().enumerationValues();
        assertTrue(profiles.contains("17a"));
        assertFalse(profiles.contains("17b"));
    }

    @Test
    public void list_defaults_lose_the_bbf_brackets() {
        assertEquals("0,1,2,3,4,5,6,7", param("Device.Bridging.Bridge.{i}.Port.{i}.PriorityRegeneration").defaultValue().value());
        assertEquals("", param("Device.IP.Interface.{i}.LowerLayers").defaultValue().value());
        assertEquals(DefaultValue.Kind.OBJECT, param("Device.IP.Interface.{i}.LowerLayers").defaultValue().kind());
    }

    @Test
    public void lookups_follow_document_order() {
        List<ParameterDefinition> ps = model.parametersOf("Device.ManagementServer.");
        assertEquals("Device.ManagementServer.EnableCWMP", ps.get(0).path());
        assertTrue(model.childObjects("Device.").stream().anyMatch(o -> o.path().equals("Device.WiFi.")));
        assertTrue(model.childObjects("Device.WiFi.").stream().anyMatch(o -> o.path().equals("Device.WiFi.SSID.{i}.")));
        assertEquals(List.of(model.root()), model.childObjects(""));
        assertNull(model.parameter("Device.NoSuchThing").orElse(null));
    }

    @Test
    public void instance_paths_find_their_definitions() {
        assertEquals("Device.IP.Interface.{i}.IPv4Address.{i}.",
                model.table("Device.IP.Interface.2.IPv4Address.").orElseThrow().path());
        assertFalse(model.table("Device.IP.").isPresent());
        assertEquals("Device.WiFi.SSID.{i}.", model.objectAt("Device.WiFi.SSID.7.").orElseThrow().path());
        assertEquals("Device.WiFi.SSID.{i}.SSID", model.parameterAt("Device.WiFi.SSID.7.SSID").orElseThrow().path());
        assertFalse(model.parameterAt("Device.WiFi.SSID.7.Nope").isPresent());
    }
}
