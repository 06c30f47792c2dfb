package org.homegw.e2e;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.Upload;
import org.junit.Test;

/**
 * Download and Upload against a real FTP server (pyftpdlib; skipped, saying so, when it is not
 * installed).
 * Part of the {@link TransferIT} suite (one gateway for all).
 */
public class TransferFtp extends TransferTestBase {

    @Test
    public void ftp_download_and_upload_with_a_real_ftp_server() throws Exception {
        assumeTrue(LAB.ftp().unavailable(), LAB.ftp().unavailable().isEmpty());
        byte[] ringer = bytes(150_000, 12);
        Files.write(LAB.dir("ftp").resolve("ringer-ftp.bin"), ringer);
        long mark = GW.acs().mark();
        GW.rpc(new Download("ftp-get", "5 Ringer File", LAB.ftp().url("ringer-ftp.bin"), PyFtpServer.USER,
                        PyFtpServer.PASSWORD, ringer.length, "", 0, "", ""),
                new Download("ftp-badpw", "5 Ringer File", LAB.ftp().url("ringer-ftp.bin"), PyFtpServer.USER, "wrong", 0,
                        "", 0, "", ""),
                new Download("ftp-404", "5 Ringer File", LAB.ftp().url("no-such.bin"), PyFtpServer.USER,
                        PyFtpServer.PASSWORD, 0, "", 0, "", ""),
                new Upload("ftp-put", "1 Vendor Configuration File", LAB.ftp().url("cfg-ftp.txt"), PyFtpServer.USER,
                        PyFtpServer.PASSWORD, 0));
        assertSucceeded(awaitTransferComplete(mark, "ftp-get", "Download"));
        assertEquals(9012, awaitTransferComplete(mark, "ftp-badpw", "Download").fault().faultCode());
        assertEquals(9016, awaitTransferComplete(mark, "ftp-404", "Download").fault().faultCode());
        assertSucceeded(awaitTransferComplete(mark, "ftp-put", "Upload"));
        assertArrayEquals(ringer, Files.readAllBytes(GW.stateDir().resolve("transfer/files/ringer/ringer-ftp.bin")));
        String cfg = Files.readString(LAB.dir("ftp").resolve("cfg-ftp.txt"), StandardCharsets.UTF_8);
        assertTrue(cfg, cfg.contains(DEVICE_INFO + "ProvisioningCode="));
    }
}
