package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.homegw.cwmp.message.AllQueuedTransferStruct;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.Upload;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.files.UploadedFile;
import org.junit.ClassRule;

/**
 * What every transfer test class shares: the {@link TransferLab} (one for the whole {@link TransferIT}
 * suite) and the ways a test serves files, sends Download / Upload and finds the TransferComplete
 * the ACS received.
 */
public abstract class TransferTestBase {

    static final TransferLab LAB = new TransferLab();
    static final E2eGateway GW = LAB.gateway();
    static final String DEVICE_INFO = "Device.DeviceInfo.";

    /** Starts the lab unless the suite has started it already. */
    @ClassRule
    public static final TransferLab LAB_RULE = LAB;

    static void serve(String name, byte[] content) {
        try {
            Files.write(LAB.dir("files").resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A Download of a file the lab ACS serves. */
    static Download download(String key, String fileType, String file, String target) {
        return new Download(key, fileType, GW.acs().fileUrl(file).toString(), "", "", 0, target, 0, "", "");
    }

    /** An Upload to the lab ACS. */
    static Upload upload(String key, String fileType, String name) {
        return new Upload(key, fileType, GW.acs().uploadUrl(name).toString(), "", "", 0);
    }

    static UploadedFile uploaded(String name) {
        return GW.acs().uploads().stream().filter(u -> u.name().equals(name)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no upload " + name + " on the ACS"));
    }

    static ParameterValueStruct param(String name, String value, String type) {
        return new ParameterValueStruct(name, value, type);
    }

    /** A SetParameterValues that must succeed. */
    static void spv(ParameterValueStruct... values) {
        GW.rpc1(new SetParameterValues(List.of(values), "transfer-e2e")).response(SetParameterValuesResponse.class);
    }

    static String value(String name) {
        return CwmpRpcIT.values(GW.rpc1(new GetParameterValues(List.of(name))).response(GetParameterValuesResponse.class))
                .get(name);
    }

    static LogEntry.CpeRequestReceived transferCompleteEntry(long mark, String key) {
        return GW.acs().await(LogEntry.CpeRequestReceived.class, GW.device(), mark,
                r -> r.request() instanceof TransferComplete tc && tc.commandKey().equals(key), E2eGateway.TIMEOUT);
    }

    /** The TransferComplete for {@code key} after {@code mark}; its session's Inform must announce it. */
    static TransferComplete awaitTransferComplete(long mark, String key, String method) {
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

    static List<TransferComplete> transferCompletes(long mark) {
        return GW.acs().log(GW.device(), LogEntry.CpeRequestReceived.class).stream().filter(r -> r.seq() > mark)
                .map(LogEntry.CpeRequestReceived::request).filter(TransferComplete.class::isInstance)
                .map(TransferComplete.class::cast).toList();
    }

    static void assertSucceeded(TransferComplete tc) {
        assertEquals(tc.commandKey() + ": " + tc.fault().faultString(), 0, tc.fault().faultCode());
        assertFalse("StartTime known", tc.startTime().startsWith("0001-"));
        assertFalse("CompleteTime known", tc.completeTime().startsWith("0001-"));
    }

    /** CommandKey → State of GetAllQueuedTransfers. */
    static Map<String, Integer> queuedStates() {
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

    /** Waits until a download has written its first bytes to a part file. */
    static void awaitPartFile() {
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

    static void awaitNoWorkFiles() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!workFiles().isEmpty() && Instant.now().isBefore(deadline)) {
            E2eGateway.sleep(50);
        }
        assertNoWorkFiles();
    }

    static void assertNoWorkFiles() {
        assertEquals("no part or downloaded file left behind", List.of(), workFiles());
    }
}
