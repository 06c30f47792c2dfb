package org.homegw.launcher.config;

import java.util.Map;
import java.util.Set;

/** Where shipped configurations go: Config Admin, reached from outside the framework. */
public interface ConfigTarget {

    /**
     * Creates or updates the configuration of {@code file}, marked with {@link ConfigFile#MARKER};
     * returns false when it already had exactly these properties (then nothing is changed).
     */
    boolean put(ConfigFile file, Map<String, String> properties) throws Exception;

    /** The marker values (file names) of the configurations created from shipped files. */
    Set<String> shippedFileNames() throws Exception;

    /** Deletes the configuration created from the file {@code fileName}. */
    void delete(String fileName) throws Exception;
}
