package org.homegw.datamodel.internal.osgi;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Version;

/**
 * Just enough of a framework for the registry component's bundle tracker: bundles whose state the test
 * sets, each with definitions files found by {@code findEntries}, and bundle events delivered to the
 * listeners the tracker registered.
 */
final class FakeBundles {

    private final List<FakeBundle> bundles = new CopyOnWriteArrayList<>();
    private final List<BundleListener> listeners = new CopyOnWriteArrayList<>();

    /** A bundle with a mutable state and definitions files. */
    static final class FakeBundle {
        final long id;
        final String symbolicName;
        volatile String version = "1.0.0";
        volatile int state = Bundle.INSTALLED;
        volatile List<Path> definitions;
        final Bundle proxy;

        FakeBundle(long id, String symbolicName, List<Path> definitions) {
            this.id = id;
            this.symbolicName = symbolicName;
            this.definitions = definitions;
            this.proxy = (Bundle) Proxy.newProxyInstance(FakeBundles.class.getClassLoader(), new Class<?>[] {Bundle.class},
                    (p, method, args) -> switch (method.getName()) {
                        case "getBundleId" -> id;
                        case "getSymbolicName" -> symbolicName;
                        case "getVersion" -> Version.parseVersion(version);
                        case "getState" -> state;
                        case "findEntries" -> entries((String) args[0], (String) args[1]);
                        case "hashCode" -> Long.hashCode(id);
                        case "equals" -> p == args[0];
                        case "toString" -> symbolicName;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private Object entries(String folder, String pattern) throws Exception {
            if (!folder.equals(BundleDefinitions.FOLDER) || definitions.isEmpty()) {
                return null;
            }
            List<URL> urls = new ArrayList<>();
            for (Path p : definitions) {
                urls.add(p.toUri().toURL());
            }
            return Collections.enumeration(urls);
        }
    }

    FakeBundle install(long id, String symbolicName, List<Path> definitions) {
        FakeBundle b = new FakeBundle(id, symbolicName, definitions);
        bundles.add(b);
        fire(b, BundleEvent.INSTALLED);
        return b;
    }

    /** Moves the bundle to {@code state} and tells the listeners with {@code eventType}. */
    void change(FakeBundle b, int state, int eventType) {
        b.state = state;
        fire(b, eventType);
    }

    void start(FakeBundle b) {
        change(b, Bundle.STARTING, BundleEvent.STARTING);
        change(b, Bundle.ACTIVE, BundleEvent.STARTED);
    }

    void stop(FakeBundle b) {
        change(b, Bundle.STOPPING, BundleEvent.STOPPING);
        change(b, Bundle.RESOLVED, BundleEvent.STOPPED);
    }

    void uninstall(FakeBundle b) {
        if (b.state == Bundle.ACTIVE) {
            stop(b);
        }
        bundles.remove(b);
        change(b, Bundle.UNINSTALLED, BundleEvent.UNINSTALLED);
    }

    private void fire(FakeBundle b, int type) {
        BundleEvent event = new BundleEvent(type, b.proxy);
        for (BundleListener l : listeners) {
            l.bundleChanged(event);
        }
    }

    int listenerCount() {
        return listeners.size();
    }

    /** A context answering framework properties and the bundle-tracker calls from {@code bundles}. */
    static BundleContext context(Map<String, String> properties, FakeBundles bundles) {
        return (BundleContext) Proxy.newProxyInstance(FakeBundles.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "addBundleListener" -> {
                        bundles.listeners.add((BundleListener) args[0]);
                        yield null;
                    }
                    case "removeBundleListener" -> {
                        bundles.listeners.remove((BundleListener) args[0]);
                        yield null;
                    }
                    case "getBundles" -> bundles.bundles.stream().map(b -> b.proxy).toArray(Bundle[]::new);
                    // enough for a ServiceTracker that finds no services
                    case "createFilter" -> org.osgi.framework.FrameworkUtil.createFilter((String) args[0]);
                    case "addServiceListener", "removeServiceListener" -> null;
                    case "getServiceReferences" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
