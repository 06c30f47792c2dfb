package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.spi.AtomicFiles;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * SetParameterValues across a kill: the registry (store values + ParameterKey at the end) and two
 * providers that persist their own file inside their write, like the Wi-Fi adapter. A "kill" is an
 * Error thrown from a provider's write, after which the registry is abandoned and a new one is
 * assembled over the same state directory with providers that load their files again.
 */
public class SetJournalCrashTest {

    static final String INTERVAL = "Device.ManagementServer.PeriodicInformInterval";
    static final String USERNAME = "Device.ManagementServer.Username";
    static final String TEXT = "Device.X_TEST.Text";
    static final String LONG = "Device.X_TEST.Long";
    static final String DESCRIPTION = "Device.NAT.PortMapping.1.Description";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path stateDir;
    private Path journal;

    /** Stands in for a kill -9 in the middle of a provider write. */
    static final class Kill extends Error {
        Kill() {
            super("killed");
        }
    }

    /** A provider with a file of its own, rewritten atomically in every write (like ProviderConfigFile). */
    abstract static class FileProvider extends AbstractParameterProvider {
        final Path file;
        final Map<String, String> values = new LinkedHashMap<>();
        Runnable beforeWrite = () -> { };
        Runnable afterWrite = () -> { };
        CwmpFault writeFault;
        final List<List<ParameterWrite>> writes = new ArrayList<>();

        FileProvider(Path file, Map<String, String> initial) throws IOException {
            this.file = file;
            values.putAll(initial);
            if (Files.exists(file)) {
                Properties p = new Properties();
                p.load(new StringReader(Files.readString(file)));
                p.forEach((k, v) -> values.put((String) k, (String) v));
            }
        }

        @Override
        public Outcome<List<Long>> instances(String tablePath) {
            return Outcome.success(tablePath.equals("Device.NAT.PortMapping.") ? List.of(1L) : List.of());
        }

        @Override
        public synchronized Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String n : names) {
                if (values.containsKey(objectPath + n)) {
                    out.put(n, values.get(objectPath + n));
                }
            }
            return Outcome.success(out);
        }

        @Override
        public synchronized Outcome<Integer> write(List<ParameterWrite> share) {
            writes.add(share);
            beforeWrite.run();
            if (writeFault != null) {
                return Outcome.failure(writeFault);
            }
            share.forEach(w -> values.put(w.path(), w.value()));
            Properties p = new Properties();
            p.putAll(values);
            StringWriter text = new StringWriter();
            try {
                p.store(text, null);
                AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            afterWrite.run();
            return Outcome.success(0);
        }
    }

    static final class RadioProvider extends FileProvider {
        RadioProvider(Path dir) throws IOException {
            super(dir.resolve("radio.properties"), Map.of(TEXT, "ab", LONG, "0"));
        }
    }

    static final class NatProvider extends FileProvider {
        NatProvider(Path dir) throws IOException {
            super(dir.resolve("nat.properties"), Map.of("Device.NAT.PortMapping.1.Enable", "true",
                    "Device.NAT.PortMapping.1.Alias", "web", "Device.NAT.PortMapping.1.ExternalPort", "80",
                    "Device.NAT.PortMapping.1.Protocol", "TCP", DESCRIPTION, "old",
                    "Device.NAT.PortMappingNumberOfEntries", "1"));
        }
    }

    /** One boot of the gateway: a registry over the state directory and the providers that came up. */
    final class Boot {
        final ProviderTable providers = new ProviderTable();
        final RadioProvider radio;
        final NatProvider nat;
        final RegistryAssembly.Assembled assembled;

        Boot(boolean withRadio, boolean withNat) throws IOException {
            radio = new RadioProvider(stateDir);
            nat = new NatProvider(stateDir);
            if (withRadio) {
                addRadio();
            }
            if (withNat) {
                addNat();
            }
            assembled = new RegistryAssembly(TestModel.tree()).stateDir(stateDir).defaultsText(Fixture.DEFAULTS)
                    .providers(providers).build();
        }

        void addRadio() {
            providers.add(new ProviderRegistration(radio, List.of("Device.X_TEST."), 0, 10, false));
        }

        void addNat() {
            providers.add(new ProviderRegistration(nat, List.of("Device.NAT."), 0, 11, false));
        }

        String value(String path) {
            Outcome<ParameterValue> v = assembled.registry().getValue(path);
            return v.isSuccess() ? v.value().value() : "fault " + v.faultOrNull().code();
        }

        Outcome<Integer> setAll(String key) {
            return assembled.registry().setValues(pvs(INTERVAL, "600", USERNAME, "new-user", TEXT, "new",
                    LONG, "42", DESCRIPTION, "new"), key, Caller.ACS);
        }

        void killSet(String key) {
            try {
                setAll(key);
                fail("the kill did not happen");
            } catch (Kill expected) {
                // the gateway is gone; this registry is not used again
            }
        }
    }

    @Before
    public void setUp() throws IOException {
        stateDir = tmp.newFolder("var").toPath();
        journal = stateDir.resolve(RegistryAssembly.JOURNAL_FILE);
    }

    private void assertAllNew(Boot boot) {
        assertEquals(List.of("600", "new-user", "new", "42", "new", "key-2"), List.of(boot.value(INTERVAL),
                boot.value(USERNAME), boot.value(TEXT), boot.value(LONG), boot.value(DESCRIPTION),
                boot.value("Device.ManagementServer.ParameterKey")));
        assertFalse("journal left behind", Files.exists(journal));
    }

    private void assertAllOld(Boot boot) {
        assertEquals(List.of("3600", "cpe", "ab", "0", "old", "key-1"), List.of(boot.value(INTERVAL),
                boot.value(USERNAME), boot.value(TEXT), boot.value(LONG), boot.value(DESCRIPTION),
                boot.value("Device.ManagementServer.ParameterKey")));
    }

    /** A first boot that stores ParameterKey key-1 so that "old" has a key of its own. */
    private void firstBoot() throws IOException {
        Boot boot = new Boot(true, true);
        assertTrue(boot.assembled.registry().setValues(List.of(), "key-1", Caller.ACS).isSuccess());
        assertAllOld(boot);
    }

    @Test
    public void successful_set_leaves_no_journal_and_every_value_new() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        assertTrue(boot.setAll("key-2").isSuccess());
        assertAllNew(boot);
        assertAllNew(new Boot(true, true));
    }

    @Test
    public void journal_holds_every_value_and_the_key_before_the_first_provider_write() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        List<String> seen = new ArrayList<>();
        boot.radio.beforeWrite = () -> seen.add(read(journal));
        assertTrue(boot.setAll("key-2").isSuccess());
        String text = seen.get(0);
        for (String expected : List.of("key\tkey-2", INTERVAL + "\t600", USERNAME + "\tnew-user", TEXT + "\tnew",
                LONG + "\t42", DESCRIPTION + "\tnew", RadioProvider.class.getName(), NatProvider.class.getName())) {
            assertTrue(expected + " not in " + text, text.contains(expected));
        }
    }

    @Test
    public void kill_after_the_journal_write_rolls_forward_to_all_new() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        boot.radio.beforeWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");
        assertTrue(Files.exists(journal));
        assertEquals("ab", new RadioProvider(stateDir).values.get(TEXT));

        assertAllNew(new Boot(true, true));
    }

    @Test
    public void kill_after_the_first_provider_write_rolls_forward_to_all_new() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        boot.nat.beforeWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");
        // the half-applied set on disk: the radio's file new, the rest old
        assertEquals("new", new RadioProvider(stateDir).values.get(TEXT));
        assertEquals("old", new NatProvider(stateDir).values.get(DESCRIPTION));

        assertAllNew(new Boot(true, true));
    }

    @Test
    public void kill_before_the_store_save_rolls_forward_to_all_new() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        boot.nat.afterWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");
        assertEquals("new", new NatProvider(stateDir).values.get(DESCRIPTION));
        assertEquals("new", new RadioProvider(stateDir).values.get(TEXT));

        assertAllNew(new Boot(true, true));
    }

    @Test
    public void kill_after_the_store_save_before_the_journal_delete_replays_harmlessly() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        List<byte[]> copy = new ArrayList<>();
        boot.nat.afterWrite = () -> copy.add(bytes(journal));
        assertTrue(boot.setAll("key-2").isSuccess());
        Files.write(journal, copy.get(0));

        Boot next = new Boot(true, true);
        assertAllNew(next);
        assertEquals("rolled forward once", 1, next.radio.writes.size());
    }

    @Test
    public void provider_arriving_after_start_gets_its_journaled_values_then_the_journal_goes() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        boot.nat.afterWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");

        Boot next = new Boot(true, false);
        // the store's share and the ParameterKey are new at once; the NAT entries wait for their provider
        assertEquals("600", next.value(INTERVAL));
        assertEquals("key-2", next.value("Device.ManagementServer.ParameterKey"));
        assertEquals("new", next.value(TEXT));
        assertTrue("journal dropped with a provider still missing", Files.exists(journal));

        next.addNat();
        assertAllNew(next);
        assertEquals(1, next.nat.writes.size());
    }

    @Test
    public void entries_wait_while_another_provider_class_owns_the_path() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        boot.radio.beforeWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");

        Boot next = new Boot(false, true);
        MapProvider stranger = new MapProvider().put(TEXT, "stranger");
        next.providers.add(new ProviderRegistration(stranger, List.of("Device.X_TEST."), 0, 20, false));
        assertEquals("stranger", next.value(TEXT));
        assertTrue(stranger.writeOrigins.isEmpty());
        assertTrue(Files.exists(journal));

        next.providers.remove(stranger);
        next.addRadio();
        assertAllNew(next);
    }

    @Test
    public void failed_set_is_not_rolled_forward() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        boot.nat.writeFault = new CwmpFault(CwmpFault.INTERNAL_ERROR, "radio off", List.of());
        assertFalse(boot.setAll("key-2").isSuccess());
        assertFalse(Files.exists(journal));
        assertAllOld(new Boot(true, true));
    }

    @Test
    public void later_set_of_a_waiting_path_supersedes_the_journaled_value() throws IOException {
        firstBoot();
        Boot boot = new Boot(true, true);
        boot.nat.afterWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");
        // journal rewritten by hand to say the NAT description is still to be written as "stale"
        String text = read(journal).replace(DESCRIPTION + "\tnew", DESCRIPTION + "\tstale");
        Files.writeString(journal, text);

        Boot next = new Boot(true, false);
        next.addNat();
        assertEquals("stale", next.value(DESCRIPTION));
        assertTrue(next.assembled.registry().setValues(pvs(DESCRIPTION, "newer"), "key-3", Caller.ACS).isSuccess());
        assertFalse(Files.exists(journal));
        assertEquals("newer", new Boot(true, true).value(DESCRIPTION));
    }

    @Test
    public void corrupt_journal_is_set_aside_with_a_log_line_and_start_goes_on() throws IOException {
        firstBoot();
        Files.writeString(journal, "homegw-datamodel-set-journal\t1\nkey\tkey-9\nset\tACS\t"
                + RadioProvider.class.getName() + "\t" + TEXT);
        List<String> logged = new ArrayList<>();
        Logger jul = Logger.getLogger("org.homegw.datamodel.internal.core.JournalFile");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(String.valueOf(r.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(handler);
        try {
            Boot boot = new Boot(true, true);
            assertAllOld(boot);
            assertTrue(boot.setAll("key-2").isSuccess());
            assertAllNew(boot);
        } finally {
            jul.removeHandler(handler);
        }
        assertTrue(Files.exists(journal.resolveSibling("set-journal.txt.corrupt")));
        assertTrue(logged.toString(), logged.stream().anyMatch(m -> m.contains("unreadable")));
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
