package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homegw.cwmp.message.AddObject;
import org.homegw.cwmp.message.AddObjectResponse;
import org.homegw.cwmp.message.DeleteObject;
import org.homegw.cwmp.message.DeleteObjectResponse;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterInfoStruct;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesFault;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.cwmp.message.GetParameterAttributes;
import org.homegw.cwmp.message.GetParameterAttributesResponse;
import org.homegw.cwmp.message.ParameterAttributeStruct;
import org.homegw.cwmp.message.SetParameterAttributes;
import org.homegw.cwmp.message.SetParameterAttributesResponse;
import org.homegw.cwmp.message.SetParameterAttributesStruct;
import org.homegw.labacs.AwaitTimeoutException;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.connreq.ConnectionRequestResult;
import org.homegw.labacs.RpcOutcome;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The RPCs an ACS uses every day, each through the whole gateway: lab ACS → HTTP → SOAP codec →
 * session engine → data-model registry → provider, and back. One gateway process serves the class.
 */
public class CwmpRpcIT {

    private static final String MS = "Device.ManagementServer.";
    /** Notification attribute values (TR-069 A.3.2.4). */
    private static final int OFF = 0;
    private static final int ACTIVE = 2;

    /**
     * The shipped configuration serves no STUN settings; a firmware builder adds them with defaults
     * (here with --set), which makes them real parameters. The STUN "server" is a port nobody serves.
     */
    @ClassRule
    public static final E2eGateway GW = E2eGateway.with(acs -> { }, MS + "STUNEnable=false",
            MS + "STUNServerAddress=127.0.0.1", MS + "STUNServerPort=" + E2eGateway.freePort());

    @Test
    public void first_inform_carries_bootstrap_and_boot_with_device_id_and_forced_inform_parameters()
            throws Exception {
        LogEntry.InformReceived first = GW.acs().log(GW.device(), LogEntry.InformReceived.class).get(0);
        Set<String> events = first.inform().events().stream().map(EventStruct::eventCode).collect(Collectors.toSet());
        assertEquals(Set.of("0 BOOTSTRAP", "1 BOOT"), events);
        assertEquals(0, first.inform().retryCount());
        // DeviceId: device-config/defaults.properties, the serial number the launcher generated
        assertEquals("homegw", first.inform().deviceId().manufacturer());
        assertEquals("000000", first.inform().deviceId().oui());
        assertEquals("HomeGateway", first.inform().deviceId().productClass());
        String sn = Files.readString(GW.stateDir().resolve("serial-number"), StandardCharsets.UTF_8).trim();
        assertEquals(sn, first.inform().deviceId().serialNumber());
        Set<String> names = first.inform().parameterList().stream().map(ParameterValueStruct::name)
                .collect(Collectors.toSet());
        assertTrue(names.toString(), names.containsAll(List.of("Device.RootDataModelVersion",
                "Device.DeviceInfo.HardwareVersion", "Device.DeviceInfo.SoftwareVersion",
                "Device.DeviceInfo.ProvisioningCode", MS + "ParameterKey", MS + "ConnectionRequestURL")));
        // the listener's URL reaches the ACS (in the BOOT Inform or a 4 VALUE CHANGE right after it)
        String url = GW.acs().device(GW.device()).orElseThrow().connectionRequestUrl();
        assertTrue(url, url.startsWith("http://127.0.0.1:" + GW.crPort() + "/"));
    }

    @Test
    public void get_parameter_names_of_empty_path_with_next_level_true_gives_the_root_object() {
        GetParameterNamesResponse r = GW.rpc1(new GetParameterNames("", true))
                .response(GetParameterNamesResponse.class);
        assertEquals(List.of("Device."), r.parameterList().stream().map(ParameterInfoStruct::name).toList());
    }

    @Test
    public void get_parameter_names_of_empty_path_with_next_level_false_gives_the_whole_tree() {
        GetParameterNamesResponse r = GW.rpc1(new GetParameterNames("", false))
                .response(GetParameterNamesResponse.class);
        Map<String, Boolean> names = r.parameterList().stream()
                .collect(Collectors.toMap(ParameterInfoStruct::name, ParameterInfoStruct::writable));
        assertEquals("no duplicates", r.parameterList().size(), names.size());
        assertTrue(names.keySet().stream().allMatch(n -> n.startsWith("Device.")));
        assertTrue(names.containsKey("Device."));
        assertTrue(names.containsKey("Device.DeviceInfo."));
        assertEquals(false, names.get("Device.DeviceInfo.Manufacturer"));
        assertEquals(true, names.get(MS + "URL"));
        assertEquals(false, names.get(MS + "ConnectionRequestURL"));
        assertTrue(names.size() > 100);
    }

    @Test
    public void get_parameter_values_of_device_info_and_management_server() {
        List<RpcOutcome> r = GW.rpc(new GetParameterValues(List.of("Device.DeviceInfo.")),
                new GetParameterValues(List.of(MS)));
        Map<String, String> info = values(r.get(0).response(GetParameterValuesResponse.class));
        assertTrue(info.keySet().stream().allMatch(n -> n.startsWith("Device.DeviceInfo.")));
        assertEquals("homegw", info.get("Device.DeviceInfo.Manufacturer"));
        assertEquals("000000", info.get("Device.DeviceInfo.ManufacturerOUI"));
        assertEquals("HomeGateway", info.get("Device.DeviceInfo.ProductClass"));
        assertEquals(GW.device(), info.get("Device.DeviceInfo.SerialNumber"));
        assertEquals("homegw", info.get("Device.DeviceInfo.ModelName"));

        Map<String, String> ms = values(r.get(1).response(GetParameterValuesResponse.class));
        assertTrue(ms.keySet().stream().allMatch(n -> n.startsWith(MS)));
        assertEquals(GW.acs().url().toString(), ms.get(MS + "URL"));
        assertEquals("false", ms.get(MS + "PeriodicInformEnable"));
        assertEquals("u", ms.get(MS + "ConnectionRequestUsername"));
        assertEquals("passwords read as empty", "", ms.get(MS + "ConnectionRequestPassword"));
        assertEquals(GW.acs().device(GW.device()).orElseThrow().connectionRequestUrl(),
                ms.get(MS + "ConnectionRequestURL"));
    }

    @Test
    public void set_parameter_values_with_bad_parameters_reports_every_fault_and_applies_nothing() {
        String keyBefore = value(MS + "ParameterKey");
        String intervalBefore = value(MS + "PeriodicInformInterval");
        FaultMessage f = GW.rpc1(new SetParameterValues(List.of(
                new ParameterValueStruct("Device.DeviceInfo.ProvisioningCode", "must-not-stick", "string"),
                new ParameterValueStruct("Device.DeviceInfo.Manufacturer", "other", "string"),
                new ParameterValueStruct(MS + "PeriodicInformInterval", "0", "unsignedInt"), // range 1..
                new ParameterValueStruct(MS + "NoSuchParameter", "1", "string")), "bad-key")).fault();
        assertEquals(9003, f.faultCode());
        Map<String, Integer> faults = f.setParameterValuesFaults().stream()
                .collect(Collectors.toMap(SetParameterValuesFault::parameterName, SetParameterValuesFault::faultCode));
        assertEquals(Map.of("Device.DeviceInfo.Manufacturer", 9008, MS + "PeriodicInformInterval", 9007,
                MS + "NoSuchParameter", 9005), faults);

        List<RpcOutcome> back = GW.rpc(new GetParameterValues(List.of("Device.DeviceInfo.ProvisioningCode",
                "Device.DeviceInfo.Manufacturer", MS + "PeriodicInformInterval", MS + "ParameterKey")));
        Map<String, String> now = values(back.get(0).response(GetParameterValuesResponse.class));
        assertNotEquals("must-not-stick", now.get("Device.DeviceInfo.ProvisioningCode"));
        assertEquals("homegw", now.get("Device.DeviceInfo.Manufacturer"));
        assertEquals(intervalBefore, now.get(MS + "PeriodicInformInterval"));
        assertEquals(keyBefore, now.get(MS + "ParameterKey"));
    }

    @Test
    public void set_parameter_values_applies_the_values_and_the_parameter_key() {
        SetParameterValuesResponse ok = GW.rpc1(new SetParameterValues(List.of(
                new ParameterValueStruct("Device.DeviceInfo.ProvisioningCode", "e2e.prov", "string"),
                new ParameterValueStruct(MS + "PeriodicInformInterval", "7200", "unsignedInt")), "key-1"))
                .response(SetParameterValuesResponse.class);
        assertTrue(ok.status() == 0 || ok.status() == 1);
        long mark = GW.acs().mark();
        GW.rpc(); // the next Inform carries the forced-inform ProvisioningCode and ParameterKey
        LogEntry.InformReceived inform = GW.awaitInform(mark, i -> true);
        assertEquals("e2e.prov", inform.parameter("DeviceInfo.ProvisioningCode").orElseThrow());
        assertEquals("key-1", inform.parameter("ManagementServer.ParameterKey").orElseThrow());
        assertEquals("7200", value(MS + "PeriodicInformInterval"));
    }

    @Test
    public void add_object_and_delete_object_on_inform_parameter_table() {
        String table = MS + "InformParameter.";
        AddObjectResponse added = GW.rpc1(new AddObject(table, "add-1")).response(AddObjectResponse.class);
        assertEquals(0, added.status());
        String instance = table + added.instanceNumber() + ".";
        // configure the new entry: ModelName is then sent in every Inform
        GW.rpc1(new SetParameterValues(List.of(
                new ParameterValueStruct(instance + "ParameterName", "Device.DeviceInfo.ModelName", "string"),
                new ParameterValueStruct(instance + "Enable", "true", "boolean")), "add-2"))
                .response(SetParameterValuesResponse.class);
        long mark = GW.acs().mark();
        Map<String, String> entry = values(GW.rpc1(new GetParameterValues(List.of(instance)))
                .response(GetParameterValuesResponse.class));
        assertEquals("Device.DeviceInfo.ModelName", entry.get(instance + "ParameterName"));
        assertEquals("true", entry.get(instance + "Enable"));
        assertEquals("homegw", GW.awaitInform(mark, i -> true).parameter("DeviceInfo.ModelName").orElseThrow());

        DeleteObjectResponse deleted = GW.rpc1(new DeleteObject(instance, "del-1"))
                .response(DeleteObjectResponse.class);
        assertEquals(0, deleted.status());
        FaultMessage gone = GW.rpc1(new GetParameterValues(List.of(instance))).fault();
        assertEquals(9005, gone.faultCode());
        mark = GW.acs().mark();
        GW.rpc();
        assertFalse(GW.awaitInform(mark, i -> true).parameter("DeviceInfo.ModelName").isPresent());
        assertEquals("del-1", value(MS + "ParameterKey"));
    }

    @Test
    public void active_notification_set_by_the_acs_brings_a_value_change_session() {
        String udpAddress = MS + "UDPConnectionRequestAddress";
        GW.rpc1(new SetParameterAttributes(List.of(new SetParameterAttributesStruct(udpAddress, true,
                ACTIVE, false, List.of())))).response(SetParameterAttributesResponse.class);
        GetParameterAttributesResponse attrs = GW.rpc1(new GetParameterAttributes(List.of(udpAddress)))
                .response(GetParameterAttributesResponse.class);
        assertEquals(List.of(udpAddress), attrs.parameterList().stream().map(ParameterAttributeStruct::name).toList());
        assertEquals(ACTIVE, attrs.parameterList().get(0).notification());

        // the device itself changes UDPConnectionRequestAddress when STUN is switched on (the Connection
        // Request component gets the setting pushed by the registry and publishes its UDP endpoint)
        long mark = GW.acs().mark();
        GW.rpc1(new SetParameterValues(List.of(new ParameterValueStruct(MS + "STUNEnable", "true", "boolean")),
                "stun-on"))
                .response(SetParameterValuesResponse.class);
        LogEntry.InformReceived change;
        try {
            change = GW.acs().awaitInform(GW.device(), mark,
                    i -> i.hasEvent("4 VALUE CHANGE") && !i.hasEvent("6 CONNECTION REQUEST"), Duration.ofSeconds(40));
        } catch (AwaitTimeoutException e) {
            throw new AssertionError("no 4 VALUE CHANGE session; ACS log since the change: " + GW.acs().log(GW.device())
                    .stream().filter(x -> x.seq() > mark).toList() + "\ngateway output:\n" + GW.output(), e);
        }
        assertEquals("127.0.0.1:" + GW.crPort(), change.parameter("ManagementServer.UDPConnectionRequestAddress")
                .orElseThrow());
        GW.awaitIdle(Duration.ofMillis(500));

        // back to normal: notification off first, so switching STUN off brings no session
        GW.rpc(new SetParameterAttributes(List.of(new SetParameterAttributesStruct(udpAddress, true,
                        OFF, false, List.of()))),
                new SetParameterValues(List.of(new ParameterValueStruct(MS + "STUNEnable", "false", "boolean")),
                        "stun-off"));
    }

    @Test
    public void connection_request_with_digest_credentials_opens_a_session() {
        long mark = GW.acs().mark();
        ConnectionRequestResult cr = GW.connectionRequest();
        assertEquals(200, cr.status());
        assertEquals("Digest", cr.authScheme());
        LogEntry.InformReceived inform = GW.awaitInform(mark, i -> true);
        assertEquals(List.of("6 CONNECTION REQUEST"), inform.inform().events().stream()
                .map(EventStruct::eventCode).toList());
        GW.acs().awaitSessionEnd(GW.device(), mark, E2eGateway.TIMEOUT);
    }

    @Test
    public void connection_request_with_bad_credentials_is_refused_and_opens_no_session() throws Exception {
        GW.awaitIdle(Duration.ofMillis(300));
        long mark = GW.acs().mark();
        GW.acs().setConnectionRequestCredentials(GW.device(), new Credentials("u", "wrong"));
        try {
            assertEquals(401, GW.connectionRequest().status());
        } finally {
            GW.acs().setConnectionRequestCredentials(GW.device(), new Credentials("u", "p"));
        }
        Thread.sleep(2000);
        assertEquals(List.of(), GW.acs().log(GW.device(), LogEntry.InformReceived.class).stream()
                .filter(i -> i.seq() > mark).toList());
    }

    static Map<String, String> values(GetParameterValuesResponse r) {
        return r.parameterList().stream().collect(Collectors.toMap(ParameterValueStruct::name,
                ParameterValueStruct::value));
    }

    static String value(String name) {
        return values(GW.rpc1(new GetParameterValues(List.of(name))).response(GetParameterValuesResponse.class))
                .get(name);
    }
}
