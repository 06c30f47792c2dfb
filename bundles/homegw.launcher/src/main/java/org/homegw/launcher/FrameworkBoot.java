package org.homegw.launcher;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.homegw.launcher.logging.FelixFrameworkLogger;
import org.homegw.launcher.logging.LogConfig;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Creates and starts one OSGi framework: the framework properties every bundle relies on, then
 * every jar of {@code bundles/<N>/} installed with start level N.
 */
final class FrameworkBoot {

    private static final System.Logger LOG = System.getLogger(FrameworkBoot.class.getName());

    /** The Gogo terminal front end; gogo.runtime and gogo.command stay, for commands run by other means. */
    static final Set<String> SHELL_BUNDLES = Set.of("org.apache.felix.gogo.jline", "org.jline");

    /**
     * slf4j-api is on the class path with the launcher's SLF4J provider; the system bundle exports
     * it (also as 1.7, as slf4j-api 2's own bundle does) so SLF4J users log into the gateway log.
     */
    static String slf4jPackages() {
        String v = org.slf4j.LoggerFactory.class.getPackage().getImplementationVersion();
        String version = v == null ? "2.0.0" : v;
        return "org.slf4j;version=" + version + ",org.slf4j;version=1.7.36,org.slf4j.event;version=" + version
                + ",org.slf4j.helpers;version=" + version + ",org.slf4j.spi;version=" + version;
    }

    /**
     * What one framework start is given besides the distribution and the state directory.
     *
     * @param defaults        the {@code homegw.defaults} lines
     * @param connReqPort     {@code homegw.connreq.port}
     * @param shell           whether the Gogo terminal bundles are installed
     * @param disabledBundles Bundle-SymbolicNames not to install ({@code adapters.disabled})
     * @param bootReason      {@code homegw.boot.reason}: start, reboot or factory-reset
     * @param logging         the log settings, published as {@code homegw.log.*} (DeviceInfo.VendorLogFile)
     */
    record Settings(String defaults, int connReqPort, boolean shell, Set<String> disabledBundles, String bootReason,
                    LogConfig logging) {

        Settings {
            disabledBundles = Set.copyOf(disabledBundles);
        }
    }

    /** Config Admin configurations shipped with the device configuration (conf/config/*.cfg). */
    static final String CONFIG_FOLDER = "config";

    private final Distribution dist;
    private final StateDirectory state;
    private final Settings settings;

    FrameworkBoot(Distribution dist, StateDirectory state, Settings settings) {
        this.dist = dist;
        this.state = state;
        this.settings = settings;
    }

    /**
     * The framework properties; values are strings except Felix's logger object. {@code clean}: the
     * framework cache is emptied first ({@link FrameworkCache} decides).
     */
    Map<String, Object> properties(int beginningStartLevel, boolean clean) {
        Map<String, Object> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, state.frameworkStorage().toString());
        // Bundles come from bundles/ (a firmware update just replaces that folder); their state lives
        // in homegw.state.dir, not in the framework cache.
        if (clean) {
            p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(beginningStartLevel));
        p.put("homegw.state.dir", state.root().toString());
        p.put("homegw.config.dir", dist.configDir().toString());
        p.put("homegw.defaults", settings.defaults());
        p.put("homegw.connreq.port", Integer.toString(settings.connReqPort()));
        p.put("homegw.restart.request.file", state.restartRequestFile().toString());
        p.put("homegw.boot.reason", settings.bootReason());
        // where the runtime writes its log, for DeviceInfo.VendorLogFile (and uploads of it)
        p.put("homegw.log.dir", state.logDir().toString());
        p.put("homegw.log.file.name", LogConfig.FILE_NAME);
        p.put("homegw.log.file.maxBytes", Long.toString(settings.logging().fileMaxBytes()));
        p.put("homegw.log.file.count", Integer.toString(settings.logging().fileCount()));
        p.put("felix.log.logger", new FelixFrameworkLogger());
        p.put("felix.log.level", FelixFrameworkLogger.felixLevel());
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, slf4jPackages());
        p.put("felix.cm.dir", state.configAdminDir().toString());
        p.put("felix.fileinstall.dir", dist.deployDir().toString());
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.bundles.new.start", "true");
        p.put("felix.fileinstall.log.level", "3");
        // deploy/ is input only: configuration changes made at runtime (by the ACS, the shell) are
        // kept by Config Admin in the state directory, not written back into deploy/ files
        p.put("felix.fileinstall.enableConfigSave", "false");
        return p;
    }

    /**
     * Starts a framework with the distribution's bundles: installed into a clean framework cache, or
     * found installed in the cache of an earlier start when the distribution is unchanged
     * ({@link FrameworkCache}). Either way the framework then holds exactly the distribution's bundles,
     * persistently started, at their level (anything else is uninstalled and installed again by its
     * owner, as after a clean start; the record keeps this from happening but for an install cut short).
     */
    Framework start() throws BundleException, IOException {
        Map<Integer, List<Path>> levels = bundlesByStartLevel(dist.bundlesDir());
        int beginning = levels.keySet().stream().mapToInt(Integer::intValue).max().orElse(1);
        FrameworkCache cache = new FrameworkCache(state.frameworkStorage(), state.frameworkCacheRecord());
        String record = FrameworkCache.describe(FrameworkCache.classPathJars(dist.libDir()), levels,
                settings.disabledBundles(), settings.shell());
        Framework framework = null;
        if (cache.reusable(record)) {
            framework = initFromCache(cache, beginning);
        }
        boolean fromCache = framework != null;
        if (!fromCache) {
            cache.forget();
            framework = init(beginning, true);
        }
        BundleContext context = framework.getBundleContext();
        ShippedConfigurationSeeder seeder = new ShippedConfigurationSeeder(context,
                dist.configDir().resolve(CONFIG_FOLDER), levels.keySet().stream().findFirst().orElse(1));
        context.addBundleListener(seeder);
        Set<String> shipped = new HashSet<>();
        int found = 0;
        int installed = 0;
        for (Map.Entry<Integer, List<Path>> level : levels.entrySet()) {
            for (Path jar : level.getValue()) {
                String location = "reference:" + jar.toUri();
                Bundle cached = context.getBundle(location);
                String bsn = cached != null ? cached.getSymbolicName() : symbolicName(jar);
                if (bsn != null && settings.disabledBundles().contains(bsn)) {
                    LOG.log(Level.INFO, "not installing {0}: listed in adapters.disabled", bsn);
                    continue;
                }
                // without a shell the terminal bundles would only grab stdin and print warnings
                if (bsn != null && !settings.shell() && SHELL_BUNDLES.contains(bsn)) {
                    continue;
                }
                shipped.add(location);
                if (cached != null) {
                    keep(cached, level.getKey());
                    found++;
                } else {
                    install(context, location, jar, level.getKey());
                    installed++;
                }
            }
        }
        int others = uninstallOthers(context, shipped);
        if (fromCache) {
            LOG.log(Level.INFO, "framework cache of an earlier start used: {0} bundles found installed, {1} installed, "
                    + "{2} other(s) uninstalled", found, installed, others);
        } else {
            LOG.log(Level.INFO, "framework cache built: {0} bundles installed", installed);
        }
        framework.start();
        context.removeBundleListener(seeder);
        seeder.seedOnce();
        try {
            cache.remember(record);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write {0} ({1}): the next start cleans the framework cache",
                    state.frameworkCacheRecord(), e.toString());
        }
        cache.forgetOnOtherBundles(context, shipped);
        return framework;
    }

    private Framework init(int beginningStartLevel, boolean clean) throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, getClass().getClassLoader()).findFirst()
                .orElseThrow(() -> new BundleException("no OSGi framework on the class path"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Framework framework = factory.newFramework((Map) properties(beginningStartLevel, clean));
        framework.init();
        return framework;
    }

    /** The framework on the kept cache, or null when that cannot be initialised (the cache is then deleted). */
    private Framework initFromCache(FrameworkCache cache, int beginningStartLevel) throws IOException {
        try {
            return init(beginningStartLevel, false);
        } catch (BundleException | RuntimeException e) {
            LOG.log(Level.WARNING, "the framework cache in {0} cannot be used ({1}): starting with a clean one",
                    state.frameworkStorage(), e.toString());
            cache.discard();
            return null;
        }
    }

    /** A bundle found in the kept cache: at its level and persistently started, as a fresh install would be. */
    private static void keep(Bundle b, int startLevel) {
        try {
            BundleStartLevel sl = b.adapt(BundleStartLevel.class);
            if (sl.getStartLevel() != startLevel) {
                sl.setStartLevel(startLevel);
            }
            if (!sl.isPersistentlyStarted() && b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        } catch (BundleException e) {
            LOG.log(Level.ERROR, "cannot start " + b.getLocation() + ": " + e.getMessage(), e);
        }
    }

    /** Bundles left in the kept cache by other installers (FileInstall, software modules, the shell). */
    private static int uninstallOthers(BundleContext context, Set<String> shipped) {
        int n = 0;
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() != 0 && !shipped.contains(b.getLocation())) {
                try {
                    b.uninstall();
                    n++;
                } catch (BundleException | IllegalStateException e) {
                    LOG.log(Level.WARNING, "cannot uninstall " + b.getLocation() + " from the framework cache: " + e);
                }
            }
        }
        return n;
    }

    private static void install(BundleContext context, String location, Path jar, int startLevel) {
        try {
            // reference: leaves the jar where it is instead of copying it into the cache
            Bundle b = context.installBundle(location);
            b.adapt(BundleStartLevel.class).setStartLevel(startLevel);
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        } catch (BundleException e) {
            LOG.log(Level.ERROR, "cannot install " + jar + ": " + e.getMessage(), e);
        }
    }

    /** The jar's Bundle-SymbolicName without directives, or null when it has none or cannot be read. */
    private static String symbolicName(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest mf = jf.getManifest();
            String bsn = mf == null ? null : mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return bsn == null ? null : bsn.split(";")[0].trim();
        } catch (IOException e) {
            return null;
        }
    }

    static Map<Integer, List<Path>> bundlesByStartLevel(Path bundlesDir) throws IOException {
        Map<Integer, List<Path>> levels = new java.util.TreeMap<>();
        try (Stream<Path> dirs = Files.list(bundlesDir)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (!Files.isDirectory(dir) || !name.matches("[1-9][0-9]?")) {
                    LOG.log(Level.WARNING, "ignoring {0}: bundles/ holds one folder per start level (1, 2, ...)", dir);
                    continue;
                }
                try (Stream<Path> jars = Files.list(dir)) {
                    List<Path> list = new ArrayList<>(jars.filter(j -> j.getFileName().toString().endsWith(".jar"))
                            .sorted().toList());
                    levels.put(Integer.parseInt(name), list);
                }
            }
        }
        return levels;
    }
}
