package org.homegw.datamodel.internal.osgi;

import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.internal.contrib.Contribution;
import org.homegw.datamodel.internal.contrib.LiveDefinitions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The extender: a bundle that carries definitions ({@link BundleDefinitions}) contributes them while it
 * is starting or active; when it stops, is updated or uninstalled they are withdrawn (an update brings
 * the new version's definitions when it starts again). Tracked with the bundle id.
 */
final class DefinitionsExtender implements BundleTrackerCustomizer<Long> {

    /** The states in which a bundle's definitions are part of the model. */
    static final int STATES = Bundle.STARTING | Bundle.ACTIVE;

    private static final System.Logger LOG = System.getLogger(DefinitionsExtender.class.getName());

    private final LiveDefinitions live;
    private final BundleDefinitions reader = new BundleDefinitions();

    DefinitionsExtender(LiveDefinitions live) {
        this.live = live;
    }

    @Override
    public Long addingBundle(Bundle bundle, BundleEvent event) {
        DataModelDefinitions definitions;
        try {
            definitions = reader.read(bundle);
        } catch (DefinitionsException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "data-model definitions of {0} not loaded: {1}",
                    BundleDefinitions.nameOf(bundle), e.getMessage());
            // tracked all the same, so the error is logged once per start, not at every state change
            return bundle.getBundleId();
        }
        if (definitions == null) {
            return null;
        }
        Contribution contribution;
        try {
            contribution = Contribution.of(bundle.getBundleId(), BundleDefinitions.nameOf(bundle), definitions);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.ERROR, "data-model definitions of {0} not loaded: {1}",
                    BundleDefinitions.nameOf(bundle), e.getMessage());
            return bundle.getBundleId();
        }
        live.add(contribution);
        return bundle.getBundleId();
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
        // STARTING -> ACTIVE: the definitions stay
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
        live.withdraw(id, BundleDefinitions.nameOf(bundle));
    }
}
