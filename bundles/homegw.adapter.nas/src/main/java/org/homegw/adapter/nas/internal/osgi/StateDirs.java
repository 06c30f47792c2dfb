package org.homegw.adapter.nas.internal.osgi;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** The gateway's state directory (framework property homegw.state.dir). */
final class StateDirs {

    private static final System.Logger LOG = System.getLogger(StateDirs.class.getName());

    private StateDirs() {
    }

    static Path stateDir(BundleContext context) {
        String dir = context.getProperty("homegw.state.dir");
        if (dir == null || dir.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "homegw.state.dir not set; using ./var");
            dir = "var";
        }
        return Path.of(dir).toAbsolutePath();
    }
}
