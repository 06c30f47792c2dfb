package org.homegw.crash;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.GetAllQueuedTransfers;
import org.homegw.cwmp.message.GetAllQueuedTransfersResponse;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;

/**
 * A Download the lab ACS serves, killed while the file comes in, while it is applied, or while its
 * TransferComplete is on its way. Invariants: one TransferComplete per Download (checked by the
 * ledger; required once the ACS has the DownloadResponse) whose result matches the device — success:
 * the new configuration / firmware version; fault or none: the old one, whole.
 */
final class DownloadScenario implements Scenario {

    private static final String FIRMWARE = "1 Firmware Upgrade Image";
    private static final String CONFIG = "3 Vendor Configuration File";
    private static final String VERSION = "Device.DeviceInfo.SoftwareVersion";
    private static final String MS = "Device.ManagementServer.";

    private final String fileType;
    private final byte[] payload;

    private DownloadScenario(String fileType, byte[] payload) {
        this.fileType = fileType;
        this.payload = payload;
    }

    /** A vendor configuration file (Path=Value lines) setting store parameters. */
    static DownloadScenario configFile() {
        return new DownloadScenario(CONFIG, new byte[0]);
    }

    /** A firmware image of {@code size} bytes: written to the inactive bank, then a reboot into it. */
    static DownloadScenario firmware(int size, long seed) {
        byte[] body = new byte[size];
        new Random(seed).nextBytes(body);
        return new DownloadScenario(FIRMWARE, body);
    }

    @Override
    public String name() {
        return "Download " + fileType + (payload.length > 0 ? " (" + payload.length / 1024 + " KiB)" : "");
    }

    private Map<String, String> configValues(int round) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Device.DeviceInfo.ProvisioningCode", "config." + round);
        v.put(MS + "PeriodicInformInterval", Integer.toString(7200 + round));
        v.put(MS + "STUNUsername", "config-user-" + round);
        v.put(MS + "StandbyPolicy.CRAwarenessRequested", round % 2 == 0 ? "true" : "false");
        v.put(MS + "StandbyPolicy.PeriodicAwarenessRequested", round % 2 == 0 ? "false" : "true");
        return v;
    }

    @Override
    public Attempt begin(CrashLab lab, int round) {
        Map<String, String> wanted;
        byte[] file;
        if (fileType.equals(FIRMWARE)) {
            wanted = Map.of(VERSION, "crash-" + round);
            byte[] header = ("HOMEGW-FIRMWARE crash-" + round + "\n").getBytes(StandardCharsets.US_ASCII);
            file = new byte[header.length + payload.length];
            System.arraycopy(header, 0, file, 0, header.length);
            System.arraycopy(payload, 0, file, header.length, payload.length);
        } else {
            wanted = configValues(round);
            StringBuilder text = new StringBuilder("# crash run, round " + round + "\n");
            wanted.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            file = text.toString().getBytes(StandardCharsets.UTF_8);
        }
        List<String> names = new ArrayList<>(wanted.keySet());
        Map<String, String> old = lab.known(names);
        String key = "dl-" + round;
        String url = lab.serve("download-" + round + ".bin", file);
        long mark = lab.acs().mark();
        PendingRpc rpc = lab.acs().queue(lab.device(), new Download(key, fileType, url, "", "", file.length, "", 0, "", ""));
        lab.gateway().connectionRequest();
        return new Attempt(mark, rpc) {
            private Optional<LogEntry> complete = Optional.empty();

            @Override
            boolean isDone(LogEntry e) {
                return cpeRequest("TransferComplete", key).test(e);
            }

            @Override
            void settle(CrashLab lab) {
                Duration wait = acknowledged(lab) ? CrashLab.COMEBACK : Duration.ofSeconds(3);
                complete = awaitEntry(lab, cpeRequest("TransferComplete", key), wait);
                if (complete.isEmpty() && stillQueued(lab)) {
                    complete = awaitEntry(lab, cpeRequest("TransferComplete", key), CrashLab.COMEBACK);
                }
            }

            private boolean stillQueued(CrashLab lab) {
                return lab.gateway().rpc1(new GetAllQueuedTransfers()).response(GetAllQueuedTransfersResponse.class)
                        .transferList().stream().anyMatch(t -> t.commandKey().equals(key));
            }

            @Override
            List<String> check(CrashLab lab, DeliveryLedger ledger) {
                boolean promised = acknowledged(lab);
                ledger.expect("TransferComplete " + key, cpeRequest("TransferComplete", key), promised);
                Map<String, String> now = lab.values(names);
                List<String> v = new ArrayList<>();
                if (complete.isEmpty()) {
                    if (promised) {
                        v.add("Download " + key + " acknowledged but no TransferComplete");
                    }
                    if (!now.equals(old)) {
                        v.add("Download " + key + " without TransferComplete changed the device: "
                                + SpvScenario.diff(now, old));
                    }
                } else {
                    TransferComplete tc = (TransferComplete) ((LogEntry.CpeRequestReceived) complete.get()).request();
                    boolean ok = tc.fault().faultCode() == 0;
                    if (ok && !now.equals(wanted)) {
                        v.add("TransferComplete " + key + " reports success but the device has "
                                + SpvScenario.diff(now, wanted));
                    } else if (!ok && !now.equals(old)) {
                        v.add("TransferComplete " + key + " reports fault " + tc.fault() + " but the device changed: "
                                + SpvScenario.diff(now, old));
                    } else if (!ok) {
                        v.add("Download " + key + " failed: " + tc.fault());
                    }
                }
                lab.commit(now);
                return v;
            }
        };
    }
}
