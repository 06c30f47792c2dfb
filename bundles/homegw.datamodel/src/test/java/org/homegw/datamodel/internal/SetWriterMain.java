package org.homegw.datamodel.internal;

import java.nio.file.Path;
import java.util.List;

import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.SetJournalCrashTest.NatProvider;
import org.homegw.datamodel.internal.SetJournalCrashTest.RadioProvider;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;

/**
 * Forked by {@link SetJournalKillTest}: a registry over a state directory with two providers that
 * persist their own files, running SetParameterValues across the store and both providers in a loop
 * (generation N: every value and the ParameterKey name N) until killed.
 */
public final class SetWriterMain {

    private SetWriterMain() {
    }

    /** A registry over {@code stateDir} as a gateway boot assembles it. */
    static RegistryAssembly.Assembled boot(Path stateDir) throws java.io.IOException {
        ProviderTable providers = new ProviderTable();
        providers.add(new ProviderRegistration(new RadioProvider(stateDir), List.of("Device.X_TEST."), 0, 10, false));
        providers.add(new ProviderRegistration(new NatProvider(stateDir), List.of("Device.NAT."), 0, 11, false));
        return new RegistryAssembly(TestModel.tree()).stateDir(stateDir).defaultsText(Fixture.DEFAULTS)
                .providers(providers).build();
    }

    /** The set of generation {@code n}: store values first, then the two providers' shares. */
    static List<ParameterValue> generation(long n) {
        return Fixture.pvs(SetJournalCrashTest.INTERVAL, Long.toString(1000 + n),
                SetJournalCrashTest.TEXT, "t" + n, SetJournalCrashTest.LONG, Long.toString(n),
                SetJournalCrashTest.DESCRIPTION, "d" + n);
    }

    public static void main(String[] args) throws Exception {
        RegistryAssembly.Assembled assembled = boot(Path.of(args[0]));
        String key = assembled.registry().getValue("Device.ManagementServer.ParameterKey").value().value();
        long generation = key.isEmpty() ? 0 : Long.parseLong(key.substring(1));
        System.out.println("ready");
        System.out.flush();
        while (true) {
            long next = ++generation;
            if (!assembled.registry().setValues(generation(next), "k" + next, Caller.ACS).isSuccess()) {
                throw new IllegalStateException("set " + next + " failed");
            }
        }
    }
}
