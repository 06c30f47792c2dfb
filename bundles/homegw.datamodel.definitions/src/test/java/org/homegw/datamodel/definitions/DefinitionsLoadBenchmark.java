package org.homegw.datamodel.definitions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Harness (not a test) printing how long loading Device:2.19 takes from BBF XML and from the shipped
 * compact file, and how much heap the loaded model holds. Run from the repository root after
 * {@code mvn -o -q -pl bundles/homegw.datamodel.definitions -am test-compile}:
 *
 * <pre>
 * java -cp bundles/homegw.datamodel.definitions/target/classes:bundles/homegw.datamodel.definitions/target/test-classes \
 *     org.homegw.datamodel.definitions.DefinitionsLoadBenchmark ../shared/bbf/dm device-config/datamodel/device-2.19.dmdefs
 * </pre>
 */
public final class DefinitionsLoadBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    private interface Load {
        DataModelDefinitions run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path dm = Path.of(args.length > 0 ? args[0] : "../shared/bbf/dm");
        Path compact = Path.of(args.length > 1 ? args[1] : "device-config/datamodel/device-2.19.dmdefs");
        Path xml = dm.resolve("tr-181-2-19-1-cwmp-full.xml");
        List<DefinitionsCompiler.Mount> mounts = List.of(
                new DefinitionsCompiler.Mount("Device.Services.", dm.resolve("tr-104-2-0-2-cwmp-full.xml")),
                new DefinitionsCompiler.Mount("Device.Services.", dm.resolve("tr-135-1-4-1-cwmp-full.xml")),
                new DefinitionsCompiler.Mount("Device.Services.", dm.resolve("tr-140-1-3-1-cwmp-full.xml")));
        System.out.printf("JVM %s, %d cores; %d warm-up + %d measured runs each%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), WARMUP, RUNS);
        System.out.printf("%-44s %10s %9s %9s %9s %9s%n", "load", "input B", "first ms", "median ms", "min ms", "heap MB");
        measure("Device:2.19 from BBF XML", Files.size(xml), () -> new BbfXmlReader().readModel(xml));
        long xmlAll = Files.size(xml) + mounts.stream().mapToLong(m -> size(m.file())).sum();
        measure("Device:2.19 + 3 services from BBF XML", xmlAll,
                () -> new DefinitionsCompiler(new BbfXmlReader()).compile(List.of(xml), null, mounts));
        measure("Device:2.19 + 3 services from compact file", Files.size(compact),
                () -> new CompactDefinitionsReader().read(compact));
    }

    private static void measure(String name, long bytes, Load load) throws Exception {
        long t0 = System.nanoTime();
        DataModelDefinitions keep = load.run();
        double first = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < WARMUP; i++) {
            load.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            load.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s %10d %9.1f %9.1f %9.1f %9.1f%n", name, bytes, first, ms[RUNS / 2], ms[0], retained(load));
        if (keep.parameters().isEmpty()) {
            throw new IllegalStateException("nothing loaded");
        }
    }

    /** Heap held by one loaded model: used heap after GC with and without it. */
    private static double retained(Load load) throws Exception {
        long before = usedAfterGc();
        DataModelDefinitions m = load.run();
        long after = usedAfterGc();
        if (m.objects().isEmpty()) {
            throw new IllegalStateException();
        }
        return (after - before) / (1024.0 * 1024.0);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
