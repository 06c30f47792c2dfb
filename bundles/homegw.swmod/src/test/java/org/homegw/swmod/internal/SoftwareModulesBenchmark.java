package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Figures, not assertions on speed: ChangeDUState install/uninstall of N bundles over loopback HTTP
 * on a real Felix, and GetParameterValues of Device.SoftwareModules. through the real registry.
 * Not part of the normal test run (name); run with
 * {@code mvn -B -o -q -pl bundles/homegw.swmod verify -Dtest=SoftwareModulesBenchmark}.
 */
public class SoftwareModulesBenchmark {

    private static final int UNITS = 15;
    private static final int READS = 50;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void print_figures() throws Exception {
        try (FileServer files = new FileServer();
             TestGateway gw = new TestGateway(tmp.newFolder("cache").toPath(), tmp.newFolder("state").toPath())) {
            List<DuOperation> installs = new ArrayList<>();
            for (int i = 0; i < UNITS; i++) {
                installs.add(new InstallOpStruct(files.put("/b" + i + ".jar",
                        TestBundles.withProvider("com.example.bench" + i, "1.0.0")), null, null, null, null));
            }
            long t0 = System.nanoTime();
            DUStateChangeComplete installed = gw.changeDuState("bench", installs.toArray(new DuOperation[0]));
            long installNanos = System.nanoTime() - t0;
            installed.results().forEach(r -> assertEquals(0, r.fault().faultCode()));

            var assembled = new RegistryAssembly(DefinitionsAdapter.toTree(new DefinitionsLoader()
                    .load(Path.of("../../device-config/datamodel/device-2.19.dmdefs")))).build();
            assembled.providers().add(new ProviderRegistration(gw.provider(), List.of("Device.SoftwareModules."), 0, 1, true));
            DataModel model = assembled.registry();
            long[] reads = new long[READS];
            int[] count = new int[1];
            for (int i = 0; i < READS; i++) {
                count[0] = 0;
                long s = System.nanoTime();
                model.getValues(List.of("Device.SoftwareModules."), v -> count[0]++);
                reads[i] = System.nanoTime() - s;
            }
            Arrays.sort(reads);

            List<DuOperation> uninstalls = new ArrayList<>();
            for (OpResultStruct r : installed.results()) {
                uninstalls.add(new UninstallOpStruct(r.uuid(), null, null));
            }
            long t1 = System.nanoTime();
            gw.changeDuState("bench-rm", uninstalls.toArray(new DuOperation[0]));
            long uninstallNanos = System.nanoTime() - t1;

            System.out.printf("%n| figure (%d units, loopback HTTP, Felix 7.0.5) | value |%n|---|---|%n", UNITS);
            System.out.printf("| ChangeDUState install, per operation (download+verify+install+start) | %.1f ms |%n",
                    installNanos / 1e6 / UNITS);
            System.out.printf("| GPV Device.SoftwareModules. (%d values), median of %d | %.2f ms |%n", count[0], READS,
                    reads[READS / 2] / 1e6);
            System.out.printf("| GPV Device.SoftwareModules., slowest of %d | %.2f ms |%n", READS, reads[READS - 1] / 1e6);
            System.out.printf("| ChangeDUState uninstall, per operation (uninstall+refresh) | %.1f ms |%n",
                    uninstallNanos / 1e6 / UNITS);
        }
    }
}
