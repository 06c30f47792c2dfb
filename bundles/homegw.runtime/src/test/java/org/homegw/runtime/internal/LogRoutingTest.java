package org.homegw.runtime.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.System.Logger.Level;

import org.junit.Test;
import org.osgi.framework.BundleEvent;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.log.LogLevel;

public class LogRoutingTest {

    @Test
    public void legacy_log_service_entries_are_named_after_their_bundle() {
        assertEquals("org.apache.felix.scr", OsgiLogBridge.loggerName("LogService", "org.apache.felix.scr"));
        assertEquals("org.apache.felix.scr", OsgiLogBridge.loggerName(null, "org.apache.felix.scr"));
        assertEquals("osgi", OsgiLogBridge.loggerName("", null));
        assertEquals("org.homegw.x.Foo", OsgiLogBridge.loggerName("org.homegw.x.Foo", "homegw.x"));
    }

    @Test
    public void framework_event_entries_pass_only_when_they_signal_a_problem() {
        assertFalse(OsgiLogBridge.forwarded("Events.Bundle", LogLevel.INFO));
        assertFalse(OsgiLogBridge.forwarded("Events.Service", LogLevel.DEBUG));
        assertTrue(OsgiLogBridge.forwarded("Events.Framework", LogLevel.ERROR));
        assertTrue(OsgiLogBridge.forwarded("Events.Framework", LogLevel.WARN));
        assertTrue(OsgiLogBridge.forwarded("org.apache.felix.scr", LogLevel.DEBUG));
    }

    @Test
    public void log_service_levels_map_to_system_logger_levels() {
        assertEquals(Level.ERROR, LogLevels.toSystemLevel(LogLevel.ERROR));
        assertEquals(Level.WARNING, LogLevels.toSystemLevel(LogLevel.WARN));
        assertEquals(Level.INFO, LogLevels.toSystemLevel(LogLevel.AUDIT));
        assertEquals(Level.TRACE, LogLevels.toSystemLevel(LogLevel.TRACE));
    }

    @Test
    public void only_settled_bundle_and_configuration_events_are_logged() {
        assertEquals("STARTED", BundleEventLogger.describe(BundleEvent.STARTED));
        assertEquals("UNINSTALLED", BundleEventLogger.describe(BundleEvent.UNINSTALLED));
        assertNull(BundleEventLogger.describe(BundleEvent.STARTING));
        assertNull(BundleEventLogger.describe(BundleEvent.RESOLVED));
        assertEquals("UPDATED", ConfigurationEventLogger.describe(ConfigurationEvent.CM_UPDATED));
        assertEquals("DELETED", ConfigurationEventLogger.describe(ConfigurationEvent.CM_DELETED));
    }
}
