package org.homegw.cwmp.client.internal.agent;

import org.homegw.datamodel.api.DataModel;

/**
 * The ManagementServer settings as last read. Reading them cost more than the rest of a scheduling
 * decision, so the agent reads them again only once they are marked stale: by the registry's change
 * events, at every timer wake-up (a change that raised no event is still seen within the poll
 * interval) and after a session in which the ACS sent requests (its SetParameterValues' change
 * events arrive asynchronously). Read on the agent's thread; marked stale from any thread.
 */
final class SettingsCache {

    private final DataModel model;
    private ManagementServerSettings settings;
    private volatile boolean stale = true;

    SettingsCache(DataModel model) {
        this.model = model;
    }

    void markStale() {
        stale = true;
    }

    /** The settings, read again if marked stale since the last read. */
    ManagementServerSettings current() {
        return stale || settings == null ? fresh() : settings;
    }

    /** The settings read now. */
    ManagementServerSettings fresh() {
        stale = false; // cleared first: a change announced during the read marks them stale again
        settings = ManagementServerSettings.read(model);
        return settings;
    }
}
