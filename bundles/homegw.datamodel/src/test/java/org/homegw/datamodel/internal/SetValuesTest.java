package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SetValuesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(tmp.getRoot().toPath());
    }

    private CwmpFault set(String path, String value) {
        return f.registry.setValues(pvs(path, value), "k", Caller.ACS).faultOrNull();
    }

    /** The single per-parameter code of a refused one-parameter set. */
    private int code(String path, String value) {
        CwmpFault fault = set(path, value);
        assertEquals(CwmpFault.INVALID_ARGUMENTS, fault.code());
        assertEquals(1, fault.parameterFaults().size());
        assertEquals(path, fault.parameterFaults().get(0).parameterName());
        return fault.parameterFaults().get(0).code();
    }

    private void accepts(String path, String value, String canonical) {
        assertEquals(path + "=" + value, null, set(path, value));
        assertEquals(canonical, f.value(path));
    }

    @Test
    public void sets_values_across_providers_and_records_the_parameter_key() {
        Outcome<Integer> o = f.registry.setValues(pvs("Device.ManagementServer.URL", "http://acs2/",
                "Device.NAT.PortMapping.1.Description", "new"), "key-1", Caller.ACS);
        assertEquals(Integer.valueOf(0), o.value());
        assertEquals("http://acs2/", f.value("Device.ManagementServer.URL"));
        assertEquals("new", f.value("Device.NAT.PortMapping.1.Description"));
        assertEquals("key-1", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void status_is_1_when_a_provider_applies_only_after_restart() {
        f.device.writeStatus = 1;
        assertEquals(Integer.valueOf(1), f.registry.setValues(pvs("Device.X_TEST.Int", "2"), "k", Caller.ACS).value());
    }

    @Test
    public void unknown_or_unsupported_names_are_9005() {
        assertEquals(9005, code("Device.X_TEST.Nope", "1"));
        assertEquals(9005, code("Device.NAT.PortMapping.9.Enable", "1"));
        assertEquals(9005, code("Device.ManagementServer.STUNServerAddress", "stun.example"));
        assertEquals(9005, code("Device.X_TEST.", "1"));
        assertEquals(9005, code("Device.X_TEST.Gone", "1"));
    }

    @Test
    public void read_only_parameters_are_9008_for_the_acs_but_writable_locally() {
        assertEquals(9008, code("Device.X_TEST.Counter", "1"));
        assertEquals(9008, code("Device.ManagementServer.ParameterKey", "x"));
        assertTrue(f.registry.setValues(pvs("Device.DeviceInfo.SerialNumber", "SN2"), null, Caller.LOCAL).isSuccess());
        assertEquals("SN2", f.value("Device.DeviceInfo.SerialNumber"));
    }

    @Test
    public void booleans_accept_0_1_true_false_with_blanks_and_read_back_true_false() {
        accepts("Device.X_TEST.Flag", " 1 ", "true");
        accepts("Device.X_TEST.Flag", "0", "false");
        accepts("Device.X_TEST.Flag", "TRUE", "true");
        accepts("Device.X_TEST.Flag", "false", "false");
        assertEquals(9006, code("Device.X_TEST.Flag", "yes"));
        assertEquals(9006, code("Device.X_TEST.Flag", "2"));
    }

    @Test
    public void integers_check_type_then_range_and_step() {
        accepts("Device.X_TEST.Int", " +04 ", "4");
        accepts("Device.X_TEST.Int", "-10", "-10");
        assertEquals(9006, code("Device.X_TEST.Int", "1.5"));
        assertEquals(9006, code("Device.X_TEST.Int", "abc"));
        assertEquals(9006, code("Device.X_TEST.Int", "2147483648"));
        assertEquals(9007, code("Device.X_TEST.Int", "12"));
        assertEquals(9007, code("Device.X_TEST.Int", "3"));
        assertEquals(9006, code("Device.ManagementServer.PeriodicInformInterval", "-1"));
        assertEquals(9007, code("Device.ManagementServer.PeriodicInformInterval", "0"));
        assertEquals(9006, code("Device.ManagementServer.PeriodicInformInterval", "4294967296"));
        assertEquals(9007, code("Device.ManagementServer.CWMPRetryIntervalMultiplier", "999"));
        accepts("Device.X_TEST.Long", "-9223372036854775808", "-9223372036854775808");
        assertEquals(9006, code("Device.X_TEST.Long", "9223372036854775808"));
        accepts("Device.X_TEST.ULong", "18446744073709551615", "18446744073709551615");
        assertEquals(9006, code("Device.X_TEST.ULong", "-1"));
    }

    @Test
    public void decimals_check_syntax_and_range() {
        accepts("Device.X_TEST.Decimal", "2.50", "2.5");
        accepts("Device.X_TEST.Decimal", "9", "9");
        assertEquals(9006, code("Device.X_TEST.Decimal", "1e3"));
        assertEquals(9007, code("Device.X_TEST.Decimal", "0.4"));
    }

    @Test
    public void date_times_are_iso_and_read_back_in_utc() {
        accepts("Device.X_TEST.When", "2024-03-01T10:00:00+02:00", "2024-03-01T08:00:00Z");
        accepts("Device.X_TEST.When", "2024-03-01T10:00:00.500Z", "2024-03-01T10:00:00.500Z");
        accepts("Device.X_TEST.When", "0001-01-03T03:00:00", "0001-01-03T03:00:00");
        assertEquals(9006, code("Device.X_TEST.When", "2024-02-30T00:00:00Z"));
        assertEquals(9006, code("Device.X_TEST.When", "yesterday"));
    }

    @Test
    public void binary_types_check_encoding_and_decoded_size() {
        accepts("Device.X_TEST.Bin", "AQID", "AQID");
        assertEquals(9006, code("Device.X_TEST.Bin", "***"));
        assertEquals(9007, code("Device.X_TEST.Bin", "AQIDBAU="));
        accepts("Device.X_TEST.Hex", "beef", "BEEF");
        assertEquals(9006, code("Device.X_TEST.Hex", "abc"));
        assertEquals(9007, code("Device.X_TEST.Hex", "010203"));
    }

    @Test
    public void strings_check_size_and_pattern_and_keep_blanks() {
        accepts("Device.X_TEST.Text", " ab ", " ab ");
        assertEquals(9007, code("Device.X_TEST.Text", "a"));
        assertEquals(9007, code("Device.X_TEST.Text", "123456789"));
        accepts("Device.X_TEST.MAC", "00:11:22:aa:bb:cc", "00:11:22:aa:bb:cc");
        // blanks are string content: a patterned string is not trimmed into a match
        assertEquals(9007, code("Device.X_TEST.MAC", " 00:11:22:aa:bb:cc "));
        accepts("Device.X_TEST.MAC", "", "");
        assertEquals(9007, code("Device.X_TEST.MAC", "00:11:22:aa:bb"));
    }

    @Test
    public void enumerations_are_exact() {
        accepts("Device.NAT.PortMapping.1.Protocol", "UDP", "UDP");
        assertEquals(9007, code("Device.NAT.PortMapping.1.Protocol", " UDP"));
        assertEquals(9007, code("Device.NAT.PortMapping.1.Protocol", "udp"));
    }

    @Test
    public void device_only_enumeration_values_are_9007_for_the_acs() {
        accepts("Device.X_TEST.Diag", "Requested", "Requested");
        assertEquals(9007, code("Device.X_TEST.Diag", "Complete"));
        assertTrue(f.registry.setValues(pvs("Device.X_TEST.Diag", "Complete"), null, Caller.LOCAL).isSuccess());
    }

    /** The code of a one-parameter set whose value carries {@code xsiType}, as the codec read it. */
    private int typedCode(String path, String value, String xsiType) {
        CwmpFault fault = f.registry.setValues(List.of(new ParameterValue(path, value, xsiType)), "k", Caller.ACS)
                .faultOrNull();
        return fault == null ? 0 : fault.parameterFaults().get(0).code();
    }

    @Test
    public void text_that_is_no_value_of_the_type_is_9007_under_that_type_and_9006_under_another() {
        String interval = "Device.ManagementServer.PeriodicInformInterval";
        assertEquals(9007, typedCode(interval, "not-a-number", "unsignedInt"));
        assertEquals(9007, typedCode(interval, "not-a-number", "xsd:unsignedInt"));
        assertEquals(9007, typedCode(interval, "-1", "unsignedInt"));
        assertEquals(9006, typedCode(interval, "not-a-number", "string"));
        assertEquals(9006, typedCode(interval, "not-a-number", "int"));
        assertEquals("a valid value is taken whatever type the ACS named (many send xsd:string)", 0,
                typedCode(interval, "30", "string"));
        assertEquals(9007, typedCode("Device.X_TEST.Flag", "yes", "boolean"));
        assertEquals(9007, typedCode("Device.X_TEST.Bin", "***", "base64Binary"));
        assertEquals(9006, typedCode("Device.X_TEST.Bin", "***", "hexBinary"));
    }

    @Test
    public void lists_check_items_count_and_whole_length() {
        accepts("Device.X_TEST.Tags", "a, b", "a,b");
        assertEquals(9007, code("Device.X_TEST.Tags", "a,d"));
        assertEquals(9007, code("Device.X_TEST.Tags", "a,b,c"));
        assertEquals(9007, code("Device.X_TEST.Tags", ""));
        accepts("Device.X_TEST.Ports", " 1 ,02,100", "1,2,100");
        assertEquals("a list travels as a string: an item that is no number is an invalid value", 9007,
                code("Device.X_TEST.Ports", "1,x"));
        assertEquals(9007, code("Device.X_TEST.Ports", "1,101"));
        accepts("Device.X_TEST.Ports", "", "");
    }

    @Test
    public void unique_keys_are_9007_also_against_values_in_the_same_request() {
        assertTrue(f.registry.addObject("Device.NAT.PortMapping.", "k", Caller.ACS).isSuccess());
        assertEquals(9007, code("Device.NAT.PortMapping.2.Alias", "web"));
        CwmpFault both = f.registry.setValues(pvs("Device.NAT.PortMapping.2.Alias", "ssh",
                "Device.NAT.PortMapping.2.ExternalPort", "80"), "k", Caller.ACS).faultOrNull();
        assertEquals(9007, both.parameterFaults().get(0).code());
        assertTrue(f.registry.setValues(pvs("Device.NAT.PortMapping.2.Alias", "ssh",
                "Device.NAT.PortMapping.2.ExternalPort", "80", "Device.NAT.PortMapping.2.Protocol", "UDP"), "k",
                Caller.ACS).isSuccess());
    }

    @Test
    public void every_failing_parameter_is_reported_and_nothing_is_applied() {
        CwmpFault fault = f.registry.setValues(pvs(
                "Device.ManagementServer.URL", "http://changed/",
                "Device.X_TEST.Flag", "maybe",
                "Device.X_TEST.Counter", "1",
                "Device.Nope", "1",
                "Device.X_TEST.Int", "11"), "k2", Caller.ACS).faultOrNull();
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (ParameterFault pf : fault.parameterFaults()) {
            codes.put(pf.parameterName(), pf.code());
        }
        assertEquals(Map.of("Device.X_TEST.Flag", 9006, "Device.X_TEST.Counter", 9008, "Device.Nope", 9005,
                "Device.X_TEST.Int", 9007), codes);
        assertEquals("http://acs.example/", f.value("Device.ManagementServer.URL"));
        assertEquals("", f.value("Device.ManagementServer.ParameterKey"));
        assertFalse(f.device.calls.stream().anyMatch(c -> c.startsWith("write")));
    }

    @Test
    public void a_parameter_named_twice_is_9003() {
        assertEquals(9003, f.registry.setValues(pvs("Device.X_TEST.Int", "2", "Device.X_TEST.Int", "4"), "k",
                Caller.ACS).faultOrNull().code());
    }

    @Test
    public void a_parameter_key_longer_than_32_is_9003() {
        assertEquals(9003, f.registry.setValues(pvs("Device.X_TEST.Int", "2"), "x".repeat(33), Caller.ACS)
                .faultOrNull().code());
    }

    @Test
    public void provider_validation_refusal_applies_nothing() {
        f.device.validateFault = new CwmpFault(9007, "channel does not fit the band");
        CwmpFault fault = f.registry.setValues(pvs("Device.ManagementServer.URL", "http://changed/",
                "Device.X_TEST.Int", "2"), "k", Caller.ACS).faultOrNull();
        assertEquals(List.of(new ParameterFault("Device.X_TEST.Int", 9007, "channel does not fit the band")),
                fault.parameterFaults());
        assertEquals("http://acs.example/", f.value("Device.ManagementServer.URL"));
        assertEquals("0", f.value("Device.X_TEST.Int"));
    }

    /** A second provider owning one ManagementServer parameter, so one request spans two providers. */
    private MapProvider intervalProvider() {
        MapProvider p = new MapProvider().put("Device.ManagementServer.PeriodicInformInterval", "3600");
        f.providers.add(new org.homegw.datamodel.internal.provider.ProviderRegistration(p,
                List.of("Device.ManagementServer.PeriodicInformInterval"), 0, 77, true));
        return p;
    }

    @Test
    public void refusals_of_two_providers_are_all_reported_and_nothing_is_applied() {
        MapProvider interval = intervalProvider();
        f.device.validateFault = new CwmpFault(9007, "channel does not fit the band");
        interval.validateFault = new CwmpFault(9007, "interval too short for this link");
        CwmpFault fault = f.registry.setValues(pvs("Device.ManagementServer.URL", "http://changed/",
                "Device.X_TEST.Int", "2", "Device.ManagementServer.PeriodicInformInterval", "5"), "k", Caller.ACS)
                .faultOrNull();
        assertEquals(CwmpFault.INVALID_ARGUMENTS, fault.code());
        assertEquals(Set.of(new ParameterFault("Device.X_TEST.Int", 9007, "channel does not fit the band"),
                new ParameterFault("Device.ManagementServer.PeriodicInformInterval", 9007,
                        "interval too short for this link")), Set.copyOf(fault.parameterFaults()));
        assertEquals("http://acs.example/", f.value("Device.ManagementServer.URL"));
        assertEquals("0", f.value("Device.X_TEST.Int"));
        assertEquals("3600", f.value("Device.ManagementServer.PeriodicInformInterval"));
        assertFalse(f.device.calls.contains("write 1"));
        assertFalse(interval.calls.stream().anyMatch(c -> c.startsWith("write")));
        assertEquals("", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void a_whole_request_refusal_wins_over_another_providers_parameter_faults() {
        MapProvider interval = intervalProvider();
        f.device.validateFault = new CwmpFault(9007, "channel does not fit the band");
        interval.validateFault = new CwmpFault(9001, "link busy");
        CwmpFault fault = f.registry.setValues(pvs("Device.X_TEST.Int", "2",
                "Device.ManagementServer.PeriodicInformInterval", "5"), "k", Caller.ACS).faultOrNull();
        assertEquals(9001, fault.code());
        assertEquals("0", f.value("Device.X_TEST.Int"));
        assertEquals("3600", f.value("Device.ManagementServer.PeriodicInformInterval"));
    }

    @Test
    public void provider_apply_failure_rolls_back_writes_already_applied_and_keeps_the_key() {
        // the store is asked after the device provider: make the device fail after the store applied
        f.registry.setValues(pvs("Device.ManagementServer.URL", "http://before/"), "k0", Caller.ACS).value();
        f.device.writeFault = new CwmpFault(9002, "hardware refused");
        CwmpFault fault = f.registry.setValues(pvs("Device.ManagementServer.URL", "http://changed/",
                "Device.X_TEST.Int", "2"), "k1", Caller.ACS).faultOrNull();
        assertEquals(9002, fault.code());
        assertEquals("http://before/", f.value("Device.ManagementServer.URL"));
        assertEquals("k0", f.value("Device.ManagementServer.ParameterKey"));
        assertEquals("0", f.value("Device.X_TEST.Int"));
    }

    @Test
    public void a_provider_that_throws_is_an_internal_error_not_a_crash() {
        f.device.throwOnWrite = true;
        assertEquals(9002, set("Device.X_TEST.Int", "2").code());
        assertEquals("", f.value("Device.ManagementServer.ParameterKey"));
    }

    @Test
    public void secured_values_are_stored_though_they_read_empty() {
        accepts("Device.ManagementServer.Password", "n3w", "n3w");
        assertEquals(List.of("Device.ManagementServer.Password="), f.get("Device.ManagementServer.Password"));
        assertEquals("n3w", f.assembled.store().value("Device.ManagementServer.Password"));
    }

    @Test
    public void values_and_key_survive_a_restart() throws Exception {
        f.registry.setValues(pvs("Device.ManagementServer.PeriodicInformInterval", "60"), "persist", Caller.ACS).value();
        Fixture again = new Fixture(tmp.getRoot().toPath());
        assertEquals("60", again.value("Device.ManagementServer.PeriodicInformInterval"));
        assertEquals("persist", again.value("Device.ManagementServer.ParameterKey"));
    }
}
