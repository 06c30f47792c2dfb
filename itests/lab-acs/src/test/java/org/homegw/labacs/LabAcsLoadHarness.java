package org.homegw.labacs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;

/**
 * Figures, not a test: full CWMP sessions per second through the lab ACS (Inform, empty POST,
 * GetParameterValues with 100 values back, 204) from scripted CPEs on loopback. Prints a table.
 * Run: see README.md ("Figures").
 */
public final class LabAcsLoadHarness {

    private LabAcsLoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.printf("%-8s %-9s %-10s %-12s %-10s %-10s%n", "clients", "sessions", "wall ms", "sessions/s",
                "p50 ms", "p99 ms");
        for (int clients : new int[] {1, 4, 16}) {
            run(clients, sessions / 4);
            run(clients, sessions);
        }
    }

    private static void run(int clients, int sessions) throws Exception {
        try (LabAcs acs = LabAcs.start(LabAcsConfig.builder().threads(16).build())) {
            List<ParameterValueStruct> values = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                values.add(ParameterValueStruct.ofString("Device.X." + i + ".Name", "value-" + i));
            }
            GetParameterValuesResponse answer = new GetParameterValuesResponse(values);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    done.add(pool.submit(() -> {
                        FakeCpe cpe = new FakeCpe(acs.url(), "LOAD" + client);
                        for (int s = client; s < sessions; s += clients) {
                            long t0 = System.nanoTime();
                            acs.queue("LOAD" + client, new GetParameterValues(List.of("Device.X.")));
                            cpe.postInform(cpe.inform(1, "2 PERIODIC"));
                            FakeCpe.Reply req = cpe.postEmpty();
                            cpe.post(CwmpVersion.V1_4, req.header(0).id(), answer);
                            nanos.add(System.nanoTime() - t0);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            long wall = System.nanoTime() - start;
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            System.out.printf("%-8d %-9d %-10d %-12.0f %-10.2f %-10.2f%n", clients, sessions,
                    Duration.ofNanos(wall).toMillis(), sessions / (wall / 1e9),
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
        }
    }
}
