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
 * assembled over the same state directory with providers that load their files again. Here: a kill
 * at each step of one set (journal, provider writes, store save); {@link SetJournalRecoveryTest}: the
 * roll-forward when the next start is not simple. The scenario's providers and {@link Boot} stay here,
 * where {@link SetWriterMain} (the child process of {@link SetJournalKillTest}) finds them too.
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
    static final class Boot {
        final ProviderTable providers = new ProviderTable();
        final RadioProvider radio;
        final NatProvider nat;
        final RegistryAssembly.Assembled assembled;
        final Path journal;

        Boot(Path stateDir, boolean withRadio, boolean withNat) throws IOException {
            journal = stateDir.resolve(RegistryAssembly.JOURNAL_FILE);
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

    /** Every value of the set and its ParameterKey key-2 read back, and no journal left. */
    static void assertAllNew(Boot boot) {
        assertEquals(List.of("600", "new-user", "new", "42", "new", "key-2"), List.of(boot.value(INTERVAL),
                boot.value(USERNAME), boot.value(TEXT), boot.value(LONG), boot.value(DESCRIPTION),
                boot.value("Device.ManagementServer.ParameterKey")));
        assertFalse("journal left behind", Files.exists(boot.journal));
    }

    /** Every value as {@link #firstBoot} left it. */
    static void assertAllOld(Boot boot) {
        assertEquals(List.of("3600", "cpe", "ab", "0", "old", "key-1"), List.of(boot.value(INTERVAL),
                boot.value(USERNAME), boot.value(TEXT), boot.value(LONG), boot.value(DESCRIPTION),
                boot.value("Device.ManagementServer.ParameterKey")));
    }

    /** A first boot that stores ParameterKey key-1 so that "old" has a key of its own. */
    static void firstBoot(Path stateDir) throws IOException {
        Boot boot = new Boot(stateDir, true, true);
        assertTrue(boot.assembled.registry().setValues(List.of(), "key-1", Caller.ACS).isSuccess());
        assertAllOld(boot);
    }

    @Test
    public void successful_set_leaves_no_journal_and_every_value_new() throws IOException {
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        assertTrue(boot.setAll("key-2").isSuccess());
        assertAllNew(boot);
        assertAllNew(new Boot(stateDir, true, true));
    }

    @Test
    public void journal_holds_every_value_and_the_key_before_the_first_provider_write() throws IOException {
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
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
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        boot.radio.beforeWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");
        assertTrue(Files.exists(journal));
        assertEquals("ab", new RadioProvider(stateDir).values.get(TEXT));

        assertAllNew(new Boot(stateDir, true, true));
    }

    @Test
    public void kill_after_the_first_provider_write_rolls_forward_to_all_new() throws IOException {
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        boot.nat.beforeWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");
        // the half-applied set on disk: the radio's file new, the rest old
        assertEquals("new", new RadioProvider(stateDir).values.get(TEXT));
        assertEquals("old", new NatProvider(stateDir).values.get(DESCRIPTION));

        assertAllNew(new Boot(stateDir, true, true));
    }

    @Test
    public void kill_before_the_store_save_rolls_forward_to_all_new() throws IOException {
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        boot.nat.afterWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");
        assertEquals("new", new NatProvider(stateDir).values.get(DESCRIPTION));
        assertEquals("new", new RadioProvider(stateDir).values.get(TEXT));

        assertAllNew(new Boot(stateDir, true, true));
    }

    @Test
    public void kill_after_the_store_save_before_the_journal_delete_replays_harmlessly() throws IOException {
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        List<byte[]> copy = new ArrayList<>();
        boot.nat.afterWrite = () -> copy.add(bytes(journal));
        assertTrue(boot.setAll("key-2").isSuccess());
        Files.write(journal, copy.get(0));

        Boot next = new Boot(stateDir, true, true);
        assertAllNew(next);
        assertEquals("rolled forward once", 1, next.radio.writes.size());
    }

    @Test
    public void failed_set_is_not_rolled_forward() throws IOException {
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        boot.nat.writeFault = new CwmpFault(CwmpFault.INTERNAL_ERROR, "radio off", List.of());
        assertFalse(boot.setAll("key-2").isSuccess());
        assertFalse(Files.exists(journal));
        assertAllOld(new Boot(stateDir, true, true));
    }

    static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
