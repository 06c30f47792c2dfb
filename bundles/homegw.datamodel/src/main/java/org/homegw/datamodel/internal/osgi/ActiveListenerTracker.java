package org.homegw.datamodel.internal.osgi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.homegw.datamodel.api.ActiveNotificationListener;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@link ActiveNotificationListener} services, looked up when a change is announced.
 *
 * <p>Why not a DS {@code @Reference}: with a dynamic multiple reference, the DataModel component's
 * listener list was found empty in the failing e2e runs (about one boot in two): the CWMP client, the
 * main listener, needs the DataModel service itself, and when it registers while this component is
 * still activating, SCR treats the bind as a circular reference (getService answers null) and never
 * binds it, so active notifications reached nobody. Here only the service <em>reference</em> is
 * tracked; the service object is fetched at the first notification, after both components are
 * active, and kept until the service goes away.
 */
final class ActiveListenerTracker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ActiveListenerTracker.class.getName());

    private final BundleContext context;
    private final ServiceTracker<ActiveNotificationListener, ServiceReference<ActiveNotificationListener>> tracker;
    private final Map<ServiceReference<ActiveNotificationListener>, ActiveNotificationListener> obtained =
            new ConcurrentHashMap<>();
    /** Listeners handed over directly, not through the service registry (embedding, tests). */
    private final List<ActiveNotificationListener> direct = new CopyOnWriteArrayList<>();

    ActiveListenerTracker(BundleContext context) {
        this.context = context;
        this.tracker = new ServiceTracker<>(context, ActiveNotificationListener.class, null) {
            @Override
            public ServiceReference<ActiveNotificationListener> addingService(
                    ServiceReference<ActiveNotificationListener> reference) {
                return reference; // no getService here: see the class comment
            }

            @Override
            public void removedService(ServiceReference<ActiveNotificationListener> reference,
                    ServiceReference<ActiveNotificationListener> service) {
                if (obtained.remove(reference) != null) {
                    context.ungetService(reference);
                }
            }
        };
    }

    void add(ActiveNotificationListener listener) {
        direct.add(listener);
    }

    void open() {
        tracker.open();
    }

    /** The listeners registered now; one whose service cannot be obtained yet is skipped this time. */
    Collection<ActiveNotificationListener> listeners() {
        ServiceReference<ActiveNotificationListener>[] refs = tracker.getServiceReferences();
        List<ActiveNotificationListener> out = new ArrayList<>(direct);
        if (refs == null) {
            return out;
        }
        for (ServiceReference<ActiveNotificationListener> ref : refs) {
            ActiveNotificationListener l = obtained.computeIfAbsent(ref, r -> context.getService(r));
            if (l != null) {
                out.add(l);
            } else {
                LOG.log(System.Logger.Level.WARNING, "active notification listener {0} not available (yet)", ref);
            }
        }
        return out;
    }

    @Override
    public void close() {
        tracker.close();
        obtained.keySet().forEach(ref -> {
            if (obtained.remove(ref) != null) {
                context.ungetService(ref);
            }
        });
    }
}
