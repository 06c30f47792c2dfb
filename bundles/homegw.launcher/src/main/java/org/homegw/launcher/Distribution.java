package org.homegw.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The installed layout: {@code bin/ lib/ bundles/<start level>/ conf/ deploy/ var/}.
 * {@code bin/homegw} passes its location as the system property {@code homegw.home}.
 */
record Distribution(Path home) {

    static final String HOME_PROPERTY = "homegw.home";

    static Distribution fromSystemProperty() throws UsageException {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            throw new UsageException("system property " + HOME_PROPERTY + " is not set: start the gateway with bin/homegw");
        }
        Path path = Path.of(home).toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("bundles"))) {
            throw new UsageException(path + " is not a homegw distribution (no bundles/ directory)");
        }
        return new Distribution(path);
    }

    /** Sub-directories named by start level, each holding the bundles started at that level. */
    Path bundlesDir() {
        return home.resolve("bundles");
    }

    /** The launcher's class path: the launcher, the Felix framework, slf4j-api. */
    Path libDir() {
        return home.resolve("lib");
    }

    /** The device configuration shipped with the firmware. */
    Path configDir() {
        return home.resolve("conf");
    }

    /** Watched by Felix FileInstall: bundles and configurations dropped here are hot-deployed. */
    Path deployDir() {
        return home.resolve("deploy");
    }

    Path defaultStateDir() {
        return home.resolve("var");
    }
}
