package org.homegw.datamodel.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: told when a parameter with active notification changes, so the session
 * engine can open a session carrying "4 VALUE CHANGE". Called on a registry thread; must not block.
 */
@ConsumerType
@FunctionalInterface
public interface ActiveNotificationListener {
    void activeParameterChanged(String path);
}
