package org.homegw.launcher.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Config Admin as seen from the launcher. The launcher lives on the class path, outside the
 * framework, and the Config Admin API ({@code org.osgi.service.cm}) is exported by the Config Admin
 * bundle inside it; rather than exporting that API from the system bundle (which would rewire every
 * Config Admin user), the few calls made here go through reflection on the bundle's own interfaces.
 */
public final class ConfigAdminTarget implements ConfigTarget {

    private static final String CM = "org.osgi.service.cm.ConfigurationAdmin";
    private static final String CONFIGURATION = "org.osgi.service.cm.Configuration";
    /** Multi-location "?": any bundle may use the configuration (Config Admin 1.4 and later). */
    private static final String ANY_LOCATION = "?";

    private final Object admin;
    private final Method getConfiguration;
    private final Method getFactoryConfiguration;
    private final Method listConfigurations;
    private final Method updateIfDifferent;
    private final Method delete;
    private final Method getProperties;

    private ConfigAdminTarget(Object admin, Class<?> cm, Class<?> configuration) throws NoSuchMethodException {
        this.admin = admin;
        this.getConfiguration = cm.getMethod("getConfiguration", String.class, String.class);
        this.getFactoryConfiguration = cm.getMethod("getFactoryConfiguration", String.class, String.class, String.class);
        this.listConfigurations = cm.getMethod("listConfigurations", String.class);
        this.updateIfDifferent = configuration.getMethod("updateIfDifferent", Dictionary.class);
        this.delete = configuration.getMethod("delete");
        this.getProperties = configuration.getMethod("getProperties");
    }

    /** The Config Admin service of the running framework, or empty when there is none (or it is older than 1.6). */
    public static Optional<ConfigAdminTarget> find(BundleContext context) {
        ServiceReference<?> ref = context.getServiceReference(CM);
        if (ref == null) {
            return Optional.empty();
        }
        try {
            Class<?> cm = ref.getBundle().loadClass(CM);
            Class<?> configuration = ref.getBundle().loadClass(CONFIGURATION);
            Object admin = context.getService(ref);
            return admin == null ? Optional.empty() : Optional.of(new ConfigAdminTarget(admin, cm, configuration));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.getLogger(ConfigAdminTarget.class.getName()).log(System.Logger.Level.ERROR,
                    "Config Admin without the 1.6 API: " + e);
            return Optional.empty();
        }
    }

    @Override
    public boolean put(ConfigFile file, Map<String, String> properties) throws Exception {
        Object configuration = file.factory()
                ? call(getFactoryConfiguration, admin, file.pid(), file.name(), ANY_LOCATION)
                : call(getConfiguration, admin, file.pid(), ANY_LOCATION);
        return (Boolean) call(updateIfDifferent, configuration, new Hashtable<String, Object>(properties));
    }

    @Override
    public Set<String> shippedFileNames() throws Exception {
        Set<String> out = new HashSet<>();
        for (Object c : list("(" + ConfigFile.MARKER + "=*)")) {
            if (properties(c) instanceof Dictionary<?, ?> d
                    && d.get(ConfigFile.MARKER) instanceof String name) {
                out.add(name);
            }
        }
        return out;
    }

    @Override
    public void delete(String fileName) throws Exception {
        for (Object c : list("(" + ConfigFile.MARKER + "=" + fileName + ")")) {
            call(delete, c);
        }
    }

    private Object[] list(String filter) throws Exception {
        Object[] found = (Object[]) call(listConfigurations, admin, filter);
        return found == null ? new Object[0] : found;
    }

    private Object properties(Object configuration) throws Exception {
        return call(getProperties, configuration);
    }

    private static Object call(Method m, Object target, Object... args) throws Exception {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
