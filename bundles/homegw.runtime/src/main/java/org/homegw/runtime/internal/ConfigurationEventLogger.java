package org.homegw.runtime.internal;

import java.lang.System.Logger.Level;

import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Component;

/**
 * Logs every Config Admin change at INFO (for example a {@code .cfg} file dropped into or removed
 * from {@code deploy/}), so configuration changes can be followed in the gateway log.
 */
@Component(service = ConfigurationListener.class)
public final class ConfigurationEventLogger implements ConfigurationListener {

    private static final System.Logger LOG = System.getLogger(ConfigurationEventLogger.class.getName());

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String what = describe(event.getType());
        if (what != null) {
            String pid = event.getFactoryPid() == null ? event.getPid()
                    : event.getPid() + " (factory " + event.getFactoryPid() + ")";
            LOG.log(Level.INFO, "configuration {0} {1}", pid, what);
        }
    }

    static String describe(int type) {
        return switch (type) {
            case ConfigurationEvent.CM_UPDATED -> "UPDATED";
            case ConfigurationEvent.CM_DELETED -> "DELETED";
            case ConfigurationEvent.CM_LOCATION_CHANGED -> "LOCATION CHANGED";
            default -> null;
        };
    }
}
