package org.homegw.datamodel.internal;

import static org.homegw.datamodel.internal.Fixture.pvs;
import static org.homegw.datamodel.internal.SetJournalCrashTest.DESCRIPTION;
import static org.homegw.datamodel.internal.SetJournalCrashTest.INTERVAL;
import static org.homegw.datamodel.internal.SetJournalCrashTest.TEXT;
import static org.homegw.datamodel.internal.SetJournalCrashTest.assertAllNew;
import static org.homegw.datamodel.internal.SetJournalCrashTest.assertAllOld;
import static org.homegw.datamodel.internal.SetJournalCrashTest.firstBoot;
import static org.homegw.datamodel.internal.SetJournalCrashTest.read;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.internal.SetJournalCrashTest.Boot;
import org.homegw.datamodel.internal.SetJournalCrashTest.Kill;
import org.homegw.datamodel.internal.SetJournalCrashTest.RadioProvider;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Rolling a journaled SetParameterValues forward when the start after the kill is not simple: a
 * provider that arrives late, a path another provider class owns meanwhile, a later set of a waiting
 * path, and a corrupt journal. The scenario (providers, {@link SetJournalCrashTest.Boot}) is
 * {@link SetJournalCrashTest}'s.
 */
public class SetJournalRecoveryTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path stateDir;
    private Path journal;

    @Before
    public void setUp() throws IOException {
        stateDir = tmp.newFolder("var").toPath();
        journal = stateDir.resolve(RegistryAssembly.JOURNAL_FILE);
    }

    @Test
    public void provider_arriving_after_start_gets_its_journaled_values_then_the_journal_goes() throws IOException {
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        boot.nat.afterWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");

        Boot next = new Boot(stateDir, true, false);
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
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        boot.radio.beforeWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");

        Boot next = new Boot(stateDir, false, true);
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
    public void later_set_of_a_waiting_path_supersedes_the_journaled_value() throws IOException {
        firstBoot(stateDir);
        Boot boot = new Boot(stateDir, true, true);
        boot.nat.afterWrite = () -> {
            throw new Kill();
        };
        boot.killSet("key-2");
        // journal rewritten by hand to say the NAT description is still to be written as "stale"
        String text = read(journal).replace(DESCRIPTION + "\tnew", DESCRIPTION + "\tstale");
        Files.writeString(journal, text);

        Boot next = new Boot(stateDir, true, false);
        next.addNat();
        assertEquals("stale", next.value(DESCRIPTION));
        assertTrue(next.assembled.registry().setValues(pvs(DESCRIPTION, "newer"), "key-3", Caller.ACS).isSuccess());
        assertFalse(Files.exists(journal));
        assertEquals("newer", new Boot(stateDir, true, true).value(DESCRIPTION));
    }

    @Test
    public void corrupt_journal_is_set_aside_with_a_log_line_and_start_goes_on() throws IOException {
        firstBoot(stateDir);
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
            Boot boot = new Boot(stateDir, true, true);
            assertAllOld(boot);
            assertTrue(boot.setAll("key-2").isSuccess());
            assertAllNew(boot);
        } finally {
            jul.removeHandler(handler);
        }
        assertTrue(Files.exists(journal.resolveSibling("set-journal.txt.corrupt")));
        assertTrue(logged.toString(), logged.stream().anyMatch(m -> m.contains("unreadable")));
    }
}
