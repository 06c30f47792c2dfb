package org.homegw.itests;

import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.homegw.runtime.api.GatewayProperties;
import org.ops4j.pax.exam.Option;

/**
 * The Pax Exam options every integration test boots the gateway with: the distribution's bundles at
 * their start levels, the shipped device configuration, and a fresh state, deploy and Config Admin
 * directory of its own under {@code homegw.itest.dir}, with the Connection Request server on an
 * ephemeral port. A test adds its own options to the returned (mutable) list.
 */
final class GatewayOptions {

    private GatewayOptions() {
    }

    /** Options for a gateway whose files live in {@code <homegw.itest.dir>/<name>/}. */
    static List<Option> gateway(String name) {
        Path dir = Path.of(System.getProperty("homegw.itest.dir", "target/itest")).toAbsolutePath().resolve(name);
        List<Option> options = new ArrayList<>(DistributionBundles.options());
        options.add(junitBundles());
        // Pax Exam's own bundles log through SLF4J; the gateway bundles do not use it
        String slf4j = System.getProperty("homegw.slf4j.version", "1.7.36");
        options.add(mavenBundle("org.slf4j", "slf4j-api", slf4j));
        options.add(mavenBundle("org.slf4j", "slf4j-simple", slf4j));
        options.add(systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("warn"));
        options.add(cleanCaches());
        options.add(frameworkStartLevel(3));
        options.add(frameworkProperty(GatewayProperties.STATE_DIR).value(dir.resolve("var").toString()));
        options.add(frameworkProperty(GatewayProperties.CONFIG_DIR)
                .value(Path.of("../../device-config").toAbsolutePath().normalize().toString()));
        options.add(frameworkProperty(GatewayProperties.CONNREQ_PORT).value("0"));
        options.add(frameworkProperty(GatewayProperties.RESTART_REQUEST_FILE)
                .value(dir.resolve("var/restart-request").toString()));
        options.add(frameworkProperty("felix.fileinstall.dir").value(dir.resolve("deploy").toString()));
        options.add(frameworkProperty("felix.cm.dir").value(dir.resolve("var/config").toString()));
        return options;
    }
}
