package org.homegw.diagnostics.internal.transfer;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.net.HostResolver;
import org.homegw.diagnostics.internal.net.Inputs;

/** Device.IP.Diagnostics.DownloadDiagnostics. (TR-143) over HTTP GET or FTP RETR. */
public final class DownloadTest extends TransferTest {

    public static final String PATH = "Device.IP.Diagnostics.DownloadDiagnostics.";

    public DownloadTest(HostResolver resolver, Clock clock, Path sysClassNet, int timeoutMillis) {
        super(resolver, clock, sysClassNet, timeoutMillis);
    }

    @Override
    public String objectPath() {
        return PATH;
    }

    @Override
    String urlParameter() {
        return "DownloadURL";
    }

    @Override
    String testBytesParameter() {
        return "TestBytesReceived";
    }

    @Override
    public Map<String, String> inputDefaults() {
        return commonInputs();
    }

    @Override
    public Map<String, String> capabilities() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("DownloadTransports", "HTTP,FTP");
        m.put("DownloadDiagnosticMaxConnections", Integer.toString(MAX_CONNECTIONS));
        m.put("DownloadDiagnosticsMaxIncrementalResult", Integer.toString(MAX_INCREMENTAL_RESULTS));
        return m;
    }

    @Override
    ConnectionResult transfer(InetAddress address, InetAddress source, TransferTarget target, Map<String, String> inputs,
            int index,
            FullLoading meter, Cancellation cancel) throws TransferFailure, InterruptedException {
        int dscp = Inputs.intValue(inputs, "DSCP", 0, 0, 63);
        if (target instanceof FtpTarget file) {
            return ftp.download(address, source, file, dscp, index, durationMillis(inputs), meter, cancel);
        }
        return exchange.download(address, source, (HttpTarget) target, dscp, index, durationMillis(inputs), meter,
                cancel);
    }
}
