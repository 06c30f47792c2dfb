package org.homegw.labacs.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UnknownMethod;
import org.junit.Test;

public class MessageJsonTest {

    private static Object request(String json) {
        return MessageJson.request(Json.parseObject(json));
    }

    @Test
    public void builds_requests_with_defaults_for_missing_arguments() {
        assertEquals(new Download("fw-1", "1 Firmware Upgrade Image", "http://127.0.0.1:7557/files/fw.bin", "", "",
                1234, "", 0, "", ""), request("{\"method\":\"Download\",\"commandKey\":\"fw-1\","
                + "\"fileType\":\"1 Firmware Upgrade Image\",\"url\":\"http://127.0.0.1:7557/files/fw.bin\","
                + "\"fileSize\":1234}"));
        assertEquals(new GetParameterNames("", true), request("{\"method\":\"GetParameterNames\",\"nextLevel\":true}"));
        assertEquals(new UnknownMethod("X_ACME_Ping"), request("{\"method\":\"X_ACME_Ping\"}"));
        assertEquals(new UnknownMethod("X_ACME_Ping", List.of(org.homegw.cwmp.message.VendorArgument.of("Host", "h"),
                org.homegw.cwmp.message.VendorArgument.struct("Opts", org.homegw.cwmp.message.VendorArgument.of("N", "2")))),
                request("{\"method\":\"X_ACME_Ping\",\"arguments\":[{\"name\":\"Host\",\"value\":\"h\"},"
                        + "{\"name\":\"Opts\",\"children\":[{\"name\":\"N\",\"value\":2}]}]}"));
    }

    @Test
    public void builds_nested_structures_and_typed_du_operations() {
        assertEquals(new ScheduleDownload("k", "1 Firmware Upgrade Image", "u", "", "", 0, "",
                List.of(new TimeWindowStruct(0, 3600, "1 At Any Time", "", -1))),
                request("{\"method\":\"ScheduleDownload\",\"commandKey\":\"k\",\"fileType\":\"1 Firmware Upgrade Image\","
                        + "\"url\":\"u\",\"timeWindowList\":[{\"windowStart\":0,\"windowEnd\":3600,"
                        + "\"windowMode\":\"1 At Any Time\",\"maxRetries\":-1}]}"));
        assertEquals(new ChangeDUState(List.of(new InstallOpStruct("http://x/du.ipk", null, null, null, "EE1"),
                new UninstallOpStruct("1b4e28ba-2fa1-11d2-883f-0016d3cca427", null, null)), "du-1"),
                request("{\"method\":\"ChangeDUState\",\"commandKey\":\"du-1\",\"operations\":["
                        + "{\"type\":\"InstallOpStruct\",\"url\":\"http://x/du.ipk\",\"executionEnvRef\":\"EE1\"},"
                        + "{\"type\":\"UninstallOpStruct\",\"uuid\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"}]}"));
    }

    @Test
    public void writes_messages_back_with_their_method_and_kinds() {
        Object json = MessageJson.toJson(new ChangeDUState(List.of(new InstallOpStruct("u", null, null, null, null)),
                "c"));
        Map<?, ?> map = (Map<?, ?>) json;
        assertEquals("ChangeDUState", map.get("method"));
        assertEquals("InstallOpStruct", ((Map<?, ?>) ((List<?>) map.get("operations")).get(0)).get("type"));
    }

    @Test
    public void rejects_unknown_or_cpe_side_methods_and_wrong_types() {
        assertThrows(JsonException.class, () -> request("{}"));
        assertThrows(JsonException.class, () -> request("{\"method\":\"TransferComplete\"}"));
        assertThrows(JsonException.class, () -> request("{\"method\":\"Frobnicate\"}"));
        assertThrows(JsonException.class, () -> request("{\"method\":\"Reboot\",\"commandKey\":[1]}"));
        assertThrows(JsonException.class, () -> request("{\"method\":\"ScheduleInform\",\"delaySeconds\":\"soon\"}"));
        assertThrows(JsonException.class, () -> request("{\"method\":\"ChangeDUState\",\"operations\":[{\"type\":\"X\"}]}"));
        assertThrows(JsonException.class, () -> request("{\"method\":\"ChangeDUState\",\"operations\":[{\"type\":\"InstallOpStruct\"}]}"));
    }
}
