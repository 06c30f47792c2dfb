package org.homegw.datamodel.internal.osgi;

import java.util.Map;
import java.util.function.Supplier;

import org.homegw.datamodel.api.DataModelEvents;
import org.homegw.datamodel.internal.core.ChangeEvents;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts the registry's change events to EventAdmin when one is present (asynchronously). */
final class OsgiChangeEvents implements ChangeEvents {

    private final Supplier<EventAdmin> eventAdmin;

    OsgiChangeEvents(Supplier<EventAdmin> eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public void activeChange(String path) {
        post(DataModelEvents.TOPIC_ACTIVE_CHANGE, path);
    }

    @Override
    public void valueChanged(String path) {
        post(DataModelEvents.TOPIC_VALUE_CHANGED, path);
    }

    private void post(String topic, String path) {
        EventAdmin admin = eventAdmin.get();
        if (admin != null) {
            admin.postEvent(new Event(topic, Map.of(DataModelEvents.PATH, path)));
        }
    }
}
