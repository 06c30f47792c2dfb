package org.homegw.datamodel.internal.contrib;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.internal.Fixture;
import org.homegw.datamodel.internal.MapProvider;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Reads running while a bundle's definitions are merged, replaced by v2 and withdrawn: every answer
 * matches one whole definitions set (v1's three values, v2's four, or 9005), never a mix, and nothing throws.
 */
public class DefinitionsSwapConcurrencyTest {

    private static final String P = LiveDefinitionsRegistryTest.P;
    private static final int SWAPS = 90;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final List<Thread> threads = new ArrayList<>();

    @After
    public void tearDown() throws InterruptedException {
        for (Thread t : threads) {
            t.interrupt();
            t.join(10_000);
        }
    }

    @Test
    public void readers_see_the_old_or_the_new_definitions_never_a_mix() throws Exception {
        Fixture f = new Fixture(tmp.newFolder().toPath());
        MapProvider plug = new MapProvider().put(P + "Name", "Lamp").put(P + "Watts", "60").put(P + "Firmware", "2.0")
                .put(P + "Meter.Energy", "7");
        f.providers.add(new ProviderRegistration(plug, List.of(P), 0, 20, true));
        LiveDefinitions live = f.assembled.definitions();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        List<String> anomalies = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (!done.get()) {
                        List<String> values = new ArrayList<>();
                        Outcome<Integer> got = f.registry.getValues(List.of(P), v -> values.add(v.path()));
                        if (got.isSuccess() ? values.size() != 3 && values.size() != 4
                                : got.faultOrNull().code() != CwmpFault.INVALID_PARAMETER_NAME) {
                            anomalies.add("GPV " + got.faultOrNull() + " " + values);
                        }
                        Outcome<List<ParameterInfo>> names = f.registry.getNames(P, false);
                        if (names.isSuccess() && !Set.of(5, 6).contains(names.value().size())) {
                            anomalies.add("GPN " + names.value());
                        }
                        reads.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    anomalies.add(e.toString());
                }
            }, "reader-" + i);
            threads.add(t);
            t.start();
        }
        for (int i = 0; i < SWAPS; i++) {
            switch (i % 3) {
                case 0 -> live.add(LiveDefinitionsRegistryTest.plugDefinitions(1L, false));
                case 1 -> live.add(LiveDefinitionsRegistryTest.plugDefinitions(1L, true));
                default -> live.withdraw(1L, "plug");
            }
            // let the readers in between swaps
            Thread.yield();
        }
        done.set(true);
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(List.of(), anomalies);
        assertTrue("readers ran: " + reads.get(), reads.get() > 0);
    }
}
