package org.homegw.datamodel.internal.store;

import java.nio.file.Path;

/**
 * Forked by {@link CrashConsistencyTest}: rewrites the state file in a loop, each round putting the
 * next generation number into every value and the ParameterKey in one transaction, until killed.
 */
public final class StateWriterMain {

    private StateWriterMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int values = Integer.parseInt(args[1]);
        StateStore store = new StateStore(file);
        String key = store.parameterKey();
        long generation = key.isEmpty() ? 0 : Long.parseLong(key);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            long next = ++generation;
            store.transaction(() -> {
                for (int i = 0; i < values; i++) {
                    store.putValue("Device.X_TEST.P" + i, Long.toString(next));
                }
                store.setParameterKey(Long.toString(next));
            });
        }
    }
}
