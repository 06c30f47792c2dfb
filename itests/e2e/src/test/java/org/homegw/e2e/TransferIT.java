package org.homegw.e2e;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.homegw.cwmp.message.AllQueuedTransferStruct;
import org.homegw.cwmp.message.CancelTransfer;
import org.homegw.cwmp.message.CancelTransferResponse;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.DownloadResponse;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ScheduleDownload;
import org.homegw.cwmp.message.ScheduleDownloadResponse;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.Upload;
import org.homegw.cwmp.message.UploadResponse;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LabAcsConfig;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.RpcOutcome;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.labacs.files.FileFault;
import org.homegw.labacs.files.UploadedFile;
import org.homegw.testkit.TestPki;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * File transfers through the assembled distribution: the lab ACS sends Download / Upload /
 * ScheduleDownload / CancelTransfer and serves the files; a second lab ACS instance is a
 * Digest-protected file server. Every outcome is checked where the ACS sees it: the TransferComplete
 * (exact FaultCode) and the Inform that announces it. The gateway requires signed firmware (CMS,
 * trust anchor = a throw-away CA) and gives a new image one trial boot. One gateway serves the class;
 * the firmware tests reboot it.
 */
public class TransferIT {

    private static final String TRANSFER_PID = "org.homegw.transfer";
    private static final String FIRMWARE_PID = "org.homegw.transfer.firmware";
    private static final String DEVICE_INFO = "Device.DeviceInfo.";

    private static final TemporaryFolder DIRS = new TemporaryFolder();
    private static final FirmwareSigner SIGNER = FirmwareSigner.create("homegw e2e firmware");
    private static final ProtectedFileServer PROTECTED = new ProtectedFileServer();
    private static final PyFtpServer FTP = new PyFtpServer(() -> dir("ftp"));
    private static final TestPki FILE_SERVER_CA = new TestPki("homegw e2e file servers");
    /** HTTPS file servers: one the gateway trusts (its trustAnchors), one with a certificate of another CA. */
    private static final FileServerResource TRUSTED_TLS = new FileServerResource(() -> LabAcsConfig.builder()
            .tls(loopbackServer(FILE_SERVER_CA)).filesDir(dir("files")));
    private static final FileServerResource FOREIGN_TLS = new FileServerResource(() -> LabAcsConfig.builder()
            .tls(loopbackServer(new TestPki("someone else's CA"))).filesDir(dir("files")));
    private static final E2eGateway GW = E2eGateway
            .with(acs -> acs.filesDir(dir("files")).uploadsDir(dir("uploads")))
            .configuration(TRANSFER_PID, TransferIT::transferSettings)
            .configuration(FIRMWARE_PID, () -> Map.of("maxTrialBoots", "1"));

    @ClassRule
    public static final RuleChain RULES = RuleChain.outerRule(DIRS).around(PROTECTED).around(FTP).around(TRUSTED_TLS)
            .around(FOREIGN_TLS).around(GW);

    // ---------------------------------------------------------------- file types

    @Test
    public void each_download_file_type_is_applied_and_reported_with_fault_0() throws Exception {
        byte[] web = "<html>e2e web content</html>\n".getBytes(StandardCharsets.UTF_8);
        byte[] tone = bytes(20_000, 4);
        byte[] ringer = bytes(30_000, 5);
        serve("web.html", web);
        serve("tone.bin", tone);
        serve("ringer.bin", ringer);
        serve("config.txt", ("# e2e vendor configuration\n" + DEVICE_INFO + "ProvisioningCode=e2e.config.file\n")
                .getBytes(StandardCharsets.UTF_8));

        long mark = GW.acs().mark();
        List<RpcOutcome> answers = GW.rpc(
                download("type-2", "2 Web Content", "web.html", "index.html"),
                download("type-3", "3 Vendor Configuration File", "config.txt", ""),
                download("type-4", "4 Tone File", "tone.bin", ""),
                download("type-5", "5 Ringer File", "ringer.bin", "ring-1.bin"));
        for (RpcOutcome a : answers) {
            assertEquals("Status 1: the transfer completes later", 1, a.response(DownloadResponse.class).status());
        }
        for (String key : List.of("type-2", "type-3", "type-4", "type-5")) {
            assertSucceeded(awaitTransferComplete(mark, key, "Download"));
        }
        Path stored = GW.stateDir().resolve("transfer/files");
        assertArrayEquals(web, Files.readAllBytes(stored.resolve("web-content/index.html")));
        assertArrayEquals(tone, Files.readAllBytes(stored.resolve("tone/tone.bin")));
        assertArrayEquals(ringer, Files.readAllBytes(stored.resolve("ringer/ring-1.bin")));
        assertEquals("e2e.config.file", value(DEVICE_INFO + "ProvisioningCode"));
        assertNoWorkFiles();
    }

    @Test
    public void configuration_and_log_uploads_reach_the_file_server_in_every_file_type_form() throws Exception {
        GW.rpc1(new org.homegw.cwmp.message.SetParameterValues(List.of(new org.homegw.cwmp.message.ParameterValueStruct(
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
    public void https_file_servers_are_verified_against_the_configured_trust_anchors() {
        byte[] content = bytes(40_000, 14);
        serve("tls.bin", content);
        String trusted = TRUSTED_TLS.url("tls.bin");
        long mark = GW.acs().mark();
        GW.rpc(new Download("tls-ok", "2 Web Content", trusted, "", "", content.length, "tls-ok.bin", 0, "", ""),
                new Download("tls-foreign", "2 Web Content", FOREIGN_TLS.url("tls.bin"), "", "", 0, "", 0, "", ""),
                new Download("tls-name", "2 Web Content", trusted.replace("127.0.0.1", "localhost"), "", "", 0, "", 0,
                        "", ""));
        assertSucceeded(awaitTransferComplete(mark, "tls-ok", "Download"));
        assertEquals("certificate of an untrusted CA", 9015,
                awaitTransferComplete(mark, "tls-foreign", "Download").fault().faultCode());
        assertEquals("host name not in the certificate", 9015,
                awaitTransferComplete(mark, "tls-name", "Download").fault().faultCode());
    }

    @Test
    public void ftp_download_and_upload_with_a_real_ftp_server() throws Exception {
        org.junit.Assume.assumeTrue(FTP.unavailable(), FTP.unavailable().isEmpty());
        byte[] ringer = bytes(150_000, 12);
        Files.write(dir("ftp").resolve("ringer-ftp.bin"), ringer);
        long mark = GW.acs().mark();
        GW.rpc(new Download("ftp-get", "5 Ringer File", FTP.url("ringer-ftp.bin"), PyFtpServer.USER,
                        PyFtpServer.PASSWORD, ringer.length, "", 0, "", ""),
                new Download("ftp-badpw", "5 Ringer File", FTP.url("ringer-ftp.bin"), PyFtpServer.USER, "wrong", 0,
                        "", 0, "", ""),
                new Download("ftp-404", "5 Ringer File", FTP.url("no-such.bin"), PyFtpServer.USER,
                        PyFtpServer.PASSWORD, 0, "", 0, "", ""),
                new Upload("ftp-put", "1 Vendor Configuration File", FTP.url("cfg-ftp.txt"), PyFtpServer.USER,
                        PyFtpServer.PASSWORD, 0));
        assertSucceeded(awaitTransferComplete(mark, "ftp-get", "Download"));
        assertEquals(9012, awaitTransferComplete(mark, "ftp-badpw", "Download").fault().faultCode());
        assertEquals(9016, awaitTransferComplete(mark, "ftp-404", "Download").fault().faultCode());
        assertSucceeded(awaitTransferComplete(mark, "ftp-put", "Upload"));
        assertArrayEquals(ringer, Files.readAllBytes(GW.stateDir().resolve("transfer/files/ringer/ringer-ftp.bin")));
        String cfg = Files.readString(dir("ftp").resolve("cfg-ftp.txt"), StandardCharsets.UTF_8);
        assertTrue(cfg, cfg.contains(DEVICE_INFO + "ProvisioningCode="));
    }

    @Test
    public void a_downloaded_configuration_upload_restores_the_configuration() throws Exception {
        GW.rpc1(new org.homegw.cwmp.message.SetParameterValues(List.of(param(DEVICE_INFO + "ProvisioningCode",
                "e2e.saved", "string"), param("Device.ManagementServer.PeriodicInformInterval", "4321", "unsignedInt")),
                "save")).response(org.homegw.cwmp.message.SetParameterValuesResponse.class);
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

    // ---------------------------------------------------------------- fault paths

    @Test
    public void every_download_fault_path_reports_its_exact_fault_code() throws Exception {
        byte[] file = bytes(60_000, 7);
        serve("truncated.bin", file);
        GW.acs().fileFault("truncated.bin", new FileFault.Truncate(1_000));
        serve("sized.bin", file);
        serve("protected.bin", file);
        byte[] unsigned = FirmwareSigner.image("e2e-unsigned", 10_000);
        serve("fw-unsigned.img", unsigned);
        serve("fw-tampered.img", SIGNER.tampered(FirmwareSigner.image("e2e-tampered", 10_000)));
        serve("fw-foreign.img", FirmwareSigner.create("someone else").signed(FirmwareSigner.image("e2e-foreign", 10_000)));
        String closedPort = "http://127.0.0.1:" + E2eGateway.freePort() + "/files/x.bin";
        String softwareVersion = value(DEVICE_INFO + "SoftwareVersion");

        long mark = GW.acs().mark();
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<CwmpRequest> requests = new ArrayList<>();
        expected.put("f-contact", 9015);
        requests.add(new Download("f-contact", "2 Web Content", closedPort, "", "", 0, "", 0, "", ""));
        expected.put("f-404", 9016);
        requests.add(download("f-404", "2 Web Content", "no-such-file.bin", ""));
        expected.put("f-401-none", 9012);
        requests.add(new Download("f-401-none", "2 Web Content", PROTECTED.url("protected.bin"), "", "", 0, "", 0,
                "", ""));
        expected.put("f-401-wrong", 9012);
        requests.add(new Download("f-401-wrong", "2 Web Content", PROTECTED.url("protected.bin"),
                ProtectedFileServer.USER, "wrong", 0, "", 0, "", ""));
        expected.put("f-401-right", 0);
        requests.add(new Download("f-401-right", "2 Web Content", PROTECTED.url("protected.bin"),
                ProtectedFileServer.USER, ProtectedFileServer.PASSWORD, file.length, "protected.bin", 0, "", ""));
        expected.put("f-truncated", 9017);
        requests.add(download("f-truncated", "2 Web Content", "truncated.bin", ""));
        expected.put("f-size", 9018);
        requests.add(new Download("f-size", "2 Web Content", GW.acs().fileUrl("sized.bin").toString(), "", "",
                file.length + 1, "", 0, "", ""));
        expected.put("f-unsigned", 9019);
        requests.add(download("f-unsigned", "1 Firmware Upgrade Image", "fw-unsigned.img", ""));
        expected.put("f-tampered", 9019);
        requests.add(download("f-tampered", "1 Firmware Upgrade Image", "fw-tampered.img", ""));
        expected.put("f-foreign", 9019);
        requests.add(download("f-foreign", "1 Firmware Upgrade Image", "fw-foreign.img", ""));
        List<RpcOutcome> answers = GW.rpc(requests.toArray(CwmpRequest[]::new));
        answers.forEach(a -> assertEquals(1, a.response(DownloadResponse.class).status()));

        // answered in the RPC itself
        assertEquals(9003, GW.rpc1(new Download("f-url", "2 Web Content", "http://[::1/x", "", "", 0, "", 0, "", ""))
                .fault().faultCode());
        assertEquals(9013, GW.rpc1(new Download("f-scheme", "2 Web Content", "sftp://127.0.0.1/x", "", "", 0, "", 0,
                "", "")).fault().faultCode());

        Map<String, Integer> got = new LinkedHashMap<>();
        for (String key : expected.keySet()) {
            got.put(key, awaitTransferComplete(mark, key, "Download").fault().faultCode());
        }
        assertEquals(expected, got);
        assertEquals("no failed image changed the firmware", softwareVersion, value(DEVICE_INFO + "SoftwareVersion"));
        assertNoWorkFiles();
        GW.acs().fileFault("truncated.bin", null);
    }

    @Test
    public void schedule_download_without_a_usable_window_reports_9020() {
        serve("scheduled.bin", bytes(1000, 8));
        long mark = GW.acs().mark();
        GW.rpc1(new ScheduleDownload("f-window", "2 Web Content", GW.acs().fileUrl("scheduled.bin").toString(), "", "",
                1000, "", List.of(new TimeWindowStruct(0, 60, "4 Confirmation Needed", "Upgrade?", -1))))
                .response(ScheduleDownloadResponse.class);
        TransferComplete tc = awaitTransferComplete(mark, "f-window", "ScheduleDownload");
        assertEquals(9020, tc.fault().faultCode());
    }

    @Test
    public void schedule_download_retries_inside_its_window_until_the_file_is_there() throws Exception {
        String tries = "trying again";
        int before = occurrences(GW.output(), tries);
        long mark = GW.acs().mark();
        GW.rpc1(new ScheduleDownload("sd-retry", "2 Web Content", GW.acs().fileUrl("later.bin").toString(), "", "",
                0, "", List.of(new TimeWindowStruct(0, 120, "1 At Any Time", "", 5))))
                .response(ScheduleDownloadResponse.class);
        GW.awaitOutput(tries, before + 1);
        assertTrue("no TransferComplete while retries are left", transferCompletes(mark).isEmpty());
        byte[] content = bytes(5000, 13);
        serve("later.bin", content);
        assertSucceeded(awaitTransferComplete(mark, "sd-retry", "ScheduleDownload"));
        assertArrayEquals(content, Files.readAllBytes(GW.stateDir().resolve("transfer/files/web-content/later.bin")));
    }

    /** A file server's TLS context: a certificate from {@code ca} naming only 127.0.0.1 (not "localhost"). */
    private static javax.net.ssl.SSLContext loopbackServer(TestPki ca) {
        return ca.serverCert(List.of("127.0.0.1")).sslContext();
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- CancelTransfer

    @Test
    public void cancel_transfer_stops_a_running_download_deletes_its_part_file_and_reports_nothing() throws Exception {
        byte[] big = bytes(400_000, 9);
        serve("slow.bin", big);
        GW.acs().fileFault("slow.bin", new FileFault.Throttle(40_000));
        try {
            long mark = GW.acs().mark();
            GW.rpc(download("c-running", "2 Web Content", "slow.bin", ""),
                    new Download("c-queued", "2 Web Content", GW.acs().fileUrl("slow.bin").toString(), "", "", 0, "",
                            3600, "", ""));
            awaitPartFile();
            assertEquals(Map.of("c-running", 2, "c-queued", 1), queuedStates());

            List<RpcOutcome> cancels = GW.rpc(new CancelTransfer("c-running"), new CancelTransfer("c-queued"),
                    new CancelTransfer("c-unknown"));
            cancels.get(0).response(CancelTransferResponse.class);
            cancels.get(1).response(CancelTransferResponse.class);
            assertEquals(9003, cancels.get(2).fault().faultCode());

            assertEquals(Map.of(), queuedStates());
            awaitNoWorkFiles();
            Thread.sleep(1500);
            assertTrue("a cancelled transfer sends no TransferComplete", transferCompletes(mark).isEmpty());
            assertFalse(Files.exists(GW.stateDir().resolve("transfer/files/web-content/slow.bin")));
        } finally {
            GW.acs().fileFault("slow.bin", null);
        }
    }

    @Test
    public void kill_9_during_a_download_resumes_it_after_restart_and_reports_it_exactly_once() throws Exception {
        byte[] big = bytes(300_000, 10);
        serve("killed.bin", big);
        GW.acs().fileFault("killed.bin", new FileFault.Throttle(60_000));
        long mark = GW.acs().mark();
        GW.rpc1(download("k-download", "4 Tone File", "killed.bin", "")).response(DownloadResponse.class);
        awaitPartFile();
        GW.kill();
        GW.acs().fileFault("killed.bin", null);

        GW.start();
        TransferComplete tc = awaitTransferComplete(mark, "k-download", "Download");
        assertSucceeded(tc);
        assertArrayEquals(big, Files.readAllBytes(GW.stateDir().resolve("transfer/files/tone/killed.bin")));
        GW.awaitReadyAfter(mark);
        GW.rpc();
        assertEquals("exactly once", 1, transferCompletes(mark).stream()
                .filter(t -> t.commandKey().equals("k-download")).count());
        assertNoWorkFiles();
    }

    // ---------------------------------------------------------------- firmware

    @Test
    public void signed_firmware_switches_banks_and_the_boot_inform_announces_one_transfer_complete() {
        String version = "e2e-" + Instant.now().toEpochMilli();
        serve("fw-good.img", SIGNER.signed(FirmwareSigner.image(version, 200_000)));
        String bootBank = value(DEVICE_INFO + "BootFirmwareImage");

        long mark = GW.acs().mark();
        assertEquals(1, GW.rpc1(download("fw-switch", "1 Firmware Upgrade Image", "fw-good.img", ""))
                .response(DownloadResponse.class).status());
        LogEntry.InformReceived boot = GW.awaitInform(mark, i -> i.hasEvent("1 BOOT"));
        assertTrue(boot.inform().events().toString(), boot.hasEvent("7 TRANSFER COMPLETE"));
        assertEquals("fw-switch", boot.commandKey("M Download").orElseThrow());
        assertFalse(boot.hasEvent("0 BOOTSTRAP"));
        assertEquals(version, boot.parameter("DeviceInfo.SoftwareVersion").orElseThrow());
        TransferComplete tc = awaitTransferComplete(mark, "fw-switch", "Download");
        assertSucceeded(tc);
        assertEquals("the TransferComplete went in the boot session", boot.sessionId(),
                transferCompleteEntry(mark, "fw-switch").sessionId());
        GW.awaitReadyAfter(mark);

        String active = value(DEVICE_INFO + "ActiveFirmwareImage");
        assertFalse("the other bank is active now", active.equals(bootBank));
        assertEquals(active, value(DEVICE_INFO + "BootFirmwareImage"));
        assertEquals(version, value(active + ".Version"));
        GW.rpc();
        assertEquals("delivered exactly once", 1, transferCompletes(mark).stream()
                .filter(t -> t.commandKey().equals("fw-switch")).count());

        // the ACS's choice of the next boot image, with the TR-181 rules (violations: 9007, nothing changes)
        String previous = bootBank;
        assertEquals(9007, spvFault(param(active + ".Available", "false", "boolean")));
        assertEquals(9007, spvFault(param(DEVICE_INFO + "BootFirmwareImage", DEVICE_INFO + "FirmwareImage.3", "string")));
        spv(param(previous + ".Available", "false", "boolean"));
        assertEquals("false", value(previous + ".Available"));
        assertEquals(9007, spvFault(param(DEVICE_INFO + "BootFirmwareImage", previous, "string")));
        spv(param(previous + ".Available", "true", "boolean"), param(DEVICE_INFO + "BootFirmwareImage", previous, "string"));
        assertEquals(previous, value(DEVICE_INFO + "BootFirmwareImage"));
        spv(param(DEVICE_INFO + "BootFirmwareImage", active, "string"));
        assertEquals(active, value(DEVICE_INFO + "BootFirmwareImage"));
        assertEquals("Active", value(active + ".Status"));
    }

    private static org.homegw.cwmp.message.ParameterValueStruct param(String name, String value, String type) {
        return new org.homegw.cwmp.message.ParameterValueStruct(name, value, type);
    }

    private static void spv(org.homegw.cwmp.message.ParameterValueStruct... values) {
        GW.rpc1(new org.homegw.cwmp.message.SetParameterValues(List.of(values), "fw-select"))
                .response(org.homegw.cwmp.message.SetParameterValuesResponse.class);
    }

    /** The per-parameter fault code of a refused single-parameter SetParameterValues. */
    private static int spvFault(org.homegw.cwmp.message.ParameterValueStruct value) {
        org.homegw.cwmp.message.FaultMessage f = GW.rpc1(new org.homegw.cwmp.message.SetParameterValues(List.of(value),
                "fw-select")).fault();
        assertEquals(f.toString(), 1, f.setParameterValuesFaults().size());
        return f.setParameterValuesFaults().get(0).faultCode();
    }

    @Test
    public void firmware_without_a_healthy_start_is_rolled_back_and_reported_9010() {
        String before = value(DEVICE_INFO + "SoftwareVersion");
        String activeBefore = value(DEVICE_INFO + "ActiveFirmwareImage");
        String version = "e2e-bad-" + Instant.now().toEpochMilli();
        serve("fw-bad.img", SIGNER.signed(FirmwareSigner.image(version, 50_000)));
        // The new image never gets as far as the transfer manager, which is what confirms a start
        // healthy: from the reboot on, its configuration names a trust anchor file that does not exist.
        Map<String, String> broken = new LinkedHashMap<>(transferSettings());
        broken.put("trustAnchors", dir("files").resolve("no-such-anchors.pem").toString());
        GatewaySite.seedConfiguration(GW.stateDir(), TRANSFER_PID, broken);

        long mark = GW.acs().mark();
        GW.rpc1(download("fw-rollback", "1 Firmware Upgrade Image", "fw-bad.img", ""))
                .response(DownloadResponse.class);
        LogEntry.InformReceived trial = GW.awaitInform(mark, i -> i.hasEvent("1 BOOT"));
        assertFalse("nothing to report during the trial", trial.hasEvent("7 TRANSFER COMPLETE"));
        assertEquals(version, trial.parameter("DeviceInfo.SoftwareVersion").orElseThrow());
        GW.awaitReadyAfter(mark);

        // the unhealthy image dies; the next start falls back to the previous bank
        GW.kill();
        GatewaySite.seedConfiguration(GW.stateDir(), TRANSFER_PID, transferSettings());
        mark = GW.acs().mark();
        GW.start();
        LogEntry.InformReceived boot = GW.awaitInform(mark, i -> i.hasEvent("1 BOOT"));
        assertTrue(boot.inform().events().toString(), boot.hasEvent("7 TRANSFER COMPLETE"));
        assertEquals("fw-rollback", boot.commandKey("M Download").orElseThrow());
        assertEquals(before, boot.parameter("DeviceInfo.SoftwareVersion").orElseThrow());
        assertEquals(9010, awaitTransferComplete(mark, "fw-rollback", "Download").fault().faultCode());
        GW.awaitReadyAfter(mark);

        assertEquals(activeBefore, value(DEVICE_INFO + "ActiveFirmwareImage"));
        String failedBank = activeBefore.endsWith("1") ? DEVICE_INFO + "FirmwareImage.2." : DEVICE_INFO + "FirmwareImage.1.";
        assertEquals("ActivationFailed", value(failedBank + "Status"));
        assertEquals("false", value(failedBank + "Available"));
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, String> transferSettings() {
        return Map.of("trustAnchors", FILE_SERVER_CA.writeCaPem(dir("pki").resolve("file-server-ca.pem")).toString(),
                "firmwareTrustAnchors", SIGNER.writeCaPem(dir("pki").resolve("firmware-ca.pem")).toString(),
                "requireSignedFirmware", "true", "readTimeoutSeconds", "10", "connectTimeoutSeconds", "5",
                "windowRetryDelaySeconds", "2");
    }

    private static Path dir(String name) {
        Path d = DIRS.getRoot().toPath().resolve(name);
        try {
            return Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(String name, byte[] content) {
        try {
            Files.write(dir("files").resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    private static Download download(String key, String fileType, String file, String target) {
        return new Download(key, fileType, GW.acs().fileUrl(file).toString(), "", "", 0, target, 0, "", "");
    }

    private static Upload upload(String key, String fileType, String name) {
        return new Upload(key, fileType, GW.acs().uploadUrl(name).toString(), "", "", 0);
    }

    private static UploadedFile uploaded(String name) {
        return GW.acs().uploads().stream().filter(u -> u.name().equals(name)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no upload " + name + " on the ACS"));
    }

    private static LogEntry.CpeRequestReceived transferCompleteEntry(long mark, String key) {
        return GW.acs().await(LogEntry.CpeRequestReceived.class, GW.device(), mark,
                r -> r.request() instanceof TransferComplete tc && tc.commandKey().equals(key), E2eGateway.TIMEOUT);
    }

    /** The TransferComplete for {@code key} after {@code mark}; its session's Inform must announce it. */
    private static TransferComplete awaitTransferComplete(long mark, String key, String method) {
        LogEntry.CpeRequestReceived r;
        try {
            r = transferCompleteEntry(mark, key);
        } catch (RuntimeException e) {
            throw new AssertionError("no TransferComplete for " + key + "; gateway output:\n" + GW.output(), e);
        }
        LogEntry.InformReceived inform = GW.acs().log(GW.device(), LogEntry.InformReceived.class).stream()
                .filter(i -> i.sessionId().equals(r.sessionId())).findFirst().orElseThrow();
        assertTrue(inform.inform().events().toString(), inform.hasEvent("7 TRANSFER COMPLETE"));
        assertTrue(key + " announced by M " + method + ": " + inform.inform().events(), inform.inform().events().stream()
                .anyMatch(e -> e.eventCode().equals("M " + method) && e.commandKey().equals(key)));
        return (TransferComplete) r.request();
    }

    private static List<TransferComplete> transferCompletes(long mark) {
        return GW.acs().log(GW.device(), LogEntry.CpeRequestReceived.class).stream().filter(r -> r.seq() > mark)
                .map(LogEntry.CpeRequestReceived::request).filter(TransferComplete.class::isInstance)
                .map(TransferComplete.class::cast).toList();
    }

    private static void assertSucceeded(TransferComplete tc) {
        assertEquals(tc.commandKey() + ": " + tc.fault().faultString(), 0, tc.fault().faultCode());
        assertFalse("StartTime known", tc.startTime().startsWith("0001-"));
        assertFalse("CompleteTime known", tc.completeTime().startsWith("0001-"));
    }

    private static String value(String name) {
        return CwmpRpcIT.values(GW.rpc1(new GetParameterValues(List.of(name))).response(GetParameterValuesResponse.class))
                .get(name);
    }

    private static Map<String, Integer> queuedStates() {
        Map<String, Integer> states = new LinkedHashMap<>();
        for (AllQueuedTransferStruct t : GW.rpc1(new GetAllQueuedTransfers()).response(GetAllQueuedTransfersResponse.class)
                .transferList()) {
            states.put(t.commandKey(), t.state());
        }
        return states;
    }

    private static List<Path> workFiles() {
        Path work = GW.stateDir().resolve("transfer/work");
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(work)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitPartFile() {
        Instant deadline = Instant.now().plus(E2eGateway.TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (Path p : workFiles()) {
                try {
                    if (p.toString().endsWith(".part") && Files.size(p) > 0) {
                        return;
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
            E2eGateway.sleep(50);
        }
        throw new AssertionError("the download never started; gateway output:\n" + GW.output());
    }

    private static void awaitNoWorkFiles() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!workFiles().isEmpty() && Instant.now().isBefore(deadline)) {
            E2eGateway.sleep(50);
        }
        assertNoWorkFiles();
    }

    private static void assertNoWorkFiles() {
        assertEquals("no part or downloaded file left behind", List.of(), workFiles());
    }

    /** Another lab ACS instance used only as a file server over the same files directory. */
    private static final class FileServerResource extends ExternalResource {
        private final java.util.function.Supplier<LabAcsConfig.Builder> config;
        private LabAcs server;

        FileServerResource(java.util.function.Supplier<LabAcsConfig.Builder> config) {
            this.config = config;
        }

        @Override
        protected void before() throws IOException {
            server = LabAcs.start(config.get().build());
        }

        @Override
        protected void after() {
            if (server != null) {
                server.close();
            }
        }

        String url(String name) {
            return server.fileUrl(name).toString();
        }
    }

    /** A second lab ACS used only as a Digest-protected file server over the same files directory. */
    private static final class ProtectedFileServer extends ExternalResource {
        static final String USER = "files";
        static final String PASSWORD = "f1les-e2e";
        private LabAcs server;

        @Override
        protected void before() throws IOException {
            server = LabAcs.start(LabAcsConfig.builder().fileAuth(AuthPolicy.digest(USER, PASSWORD))
                    .filesDir(dir("files")).build());
        }

        @Override
        protected void after() {
            if (server != null) {
                server.close();
            }
        }

        String url(String name) {
            return server.fileUrl(name).toString();
        }
    }
}
