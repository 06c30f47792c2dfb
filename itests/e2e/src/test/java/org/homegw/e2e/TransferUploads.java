package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.cwmp.message.UploadResponse;
import org.homegw.labacs.RpcOutcome;
import org.junit.Test;

/**
 * Uploads of the configuration and the log in every FileType form, and a configuration backup that
 * restores the device when downloaded again.
 * Part of the {@link TransferIT} suite (one gateway for all).
 */
public class TransferUploads extends TransferTestBase {

    @Test
    public void configuration_and_log_uploads_reach_the_file_server_in_every_file_type_form() throws Exception {
        GW.rpc1(new SetParameterValues(List.of(new ParameterValueStruct(
                DEVICE_INFO + "ProvisioningCode", "e2e.upload", "string")), "up-key"));
        long mark = GW.acs().mark();
        List<RpcOutcome> answers = GW.rpc(
                upload("up-1", "1 Vendor Configuration File", "cfg-1.txt"),
                upload("up-2", "2 Vendor Log File", "log-2.txt"),
                upload("up-3", "3 Vendor Configuration File 1", "cfg-3.txt"),
                upload("up-4", "4 Vendor Log File 1", "log-4.txt"));
        for (RpcOutcome a : answers) {
            assertEquals(1, a.response(UploadResponse.class).status());
        }
        for (String key : List.of("up-1", "up-2", "up-3", "up-4")) {
            assertSucceeded(awaitTransferComplete(mark, key, "Upload"));
        }
        for (String cfg : List.of("cfg-1.txt", "cfg-3.txt")) {
            String body = Files.readString(uploaded(cfg).path(), StandardCharsets.UTF_8);
            assertTrue(body, body.contains(DEVICE_INFO + "ProvisioningCode=e2e.upload\n"));
            assertFalse("no secrets exported", body.contains("ConnectionRequestPassword"));
        }
        for (String log : List.of("log-2.txt", "log-4.txt")) {
            String body = Files.readString(uploaded(log).path(), StandardCharsets.UTF_8);
            assertTrue("the gateway's own log: " + body.length() + " chars", body.contains("file transfers ready"));
        }
        // the rows the numbered forms name, and one this device does not have
        assertEquals("homegw.log", value(DEVICE_INFO + "VendorLogFile.1.Name"));
        assertEquals("1", value(DEVICE_INFO + "VendorConfigFileNumberOfEntries"));
        assertEquals(9003, GW.rpc1(upload("up-9", "3 Vendor Configuration File 2", "x.txt")).fault().faultCode());
        assertEquals(9003, GW.rpc1(upload("up-9", "4 Vendor Log File 2", "x.txt")).fault().faultCode());
    }

    @Test
    public void a_downloaded_configuration_upload_restores_the_configuration() throws Exception {
        GW.rpc1(new SetParameterValues(List.of(param(DEVICE_INFO + "ProvisioningCode",
                "e2e.saved", "string"), param("Device.ManagementServer.PeriodicInformInterval", "4321", "unsignedInt")),
                "save")).response(SetParameterValuesResponse.class);
        long mark = GW.acs().mark();
        GW.rpc1(upload("backup", "1 Vendor Configuration File", "backup.cfg")).response(UploadResponse.class);
        assertSucceeded(awaitTransferComplete(mark, "backup", "Upload"));
        spv(param(DEVICE_INFO + "ProvisioningCode", "e2e.changed", "string"),
                param("Device.ManagementServer.PeriodicInformInterval", "60", "unsignedInt"));

        serve("restore.cfg", Files.readAllBytes(uploaded("backup.cfg").path()));
        mark = GW.acs().mark();
        GW.rpc1(download("restore", "3 Vendor Configuration File", "restore.cfg", "")).response(DownloadResponse.class);
        assertSucceeded(awaitTransferComplete(mark, "restore", "Download"));
        assertEquals("e2e.saved", value(DEVICE_INFO + "ProvisioningCode"));
        assertEquals("4321", value("Device.ManagementServer.PeriodicInformInterval"));
    }
}
