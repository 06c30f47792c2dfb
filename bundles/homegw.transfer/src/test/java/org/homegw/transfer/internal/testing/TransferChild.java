package org.homegw.transfer.internal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import java.time.Instant;

import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.message.Download;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.testkit.SettableClock;
import org.homegw.transfer.internal.engine.ExecutorTransferScheduler;
import org.homegw.transfer.internal.engine.ImageCheck;
import org.homegw.transfer.internal.engine.TransferEngine;

/**
 * A gateway process for kill -9 tests: {@code <state> <bootId> [<download url>]}. Reports
 * TransferCompletes by appending (fsynced) to {@code <state>/tc.log}, as the CWMP client persists its
 * queue. Exits 0 when no transfer is left, 3 when a firmware switch asks for a reboot.
 */
public final class TransferChild {

    private TransferChild() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        CpeRequestQueue log = (request, events) -> {
            TransferComplete tc = (TransferComplete) request;
            append(state.resolve("tc.log"), tc.commandKey() + " " + tc.fault().faultCode() + "\n");
        };
        ExecutorTransferScheduler worker = new ExecutorTransferScheduler("child-transfer");
        SettableClock clock = new SettableClock(Instant.now());
        TestGateway gw = new TestGateway(state, clock, log, new FakeDataModel(), args[1], ImageCheck.NONE, worker,
                TransferEngine.Limits.DEFAULTS);
        if (args.length > 2) {
            gw.rpc(new Download("fw", "1 Firmware Upgrade Image", args[2], "", "", 0, "", 0, "", ""));
            append(state.resolve("accepted"), "yes\n");
        }
        for (int i = 0; i < 3000; i++) {
            if (gw.reboots.get() > 0) {
                System.exit(3);
            }
            if (gw.engine.transfers().isEmpty()) {
                System.exit(0);
            }
            Thread.sleep(10);
        }
        System.exit(1);
    }

    private static void append(Path file, String line) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
