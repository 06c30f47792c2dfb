package org.homegw.swmod.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.homegw.datamodel.definitions.CompactDefinitionsReader;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.definitions.ModelInfo;
import org.osgi.framework.Bundle;

/**
 * ExecutionUnit SupportedDataModelList: the {@code DeviceInfo.SupportedDataModel.{i}} entries whose URN
 * is a model the unit's bundle brought (the definitions it carries in {@value #FOLDER}, which the
 * registry merges while the bundle is active). The table is read at every read (its instance numbers
 * follow the load order and shift as bundles come and go); the models a bundle revision carries are
 * read once and cached.
 */
final class SupportedModelRefs {

    private static final System.Logger LOG = System.getLogger(SupportedModelRefs.class.getName());
    /** Where a bundle keeps its data-model definitions (docs/vendor-kit.md). */
    static final String FOLDER = "OSGI-INF/homegw/datamodel";
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private final SupportedModelTable table;
    /** The model URNs of one bundle revision (a new revision has a new last-modified time). */
    private record Revision(long lastModified, Set<String> urns) {
    }

    /** By bundle id. */
    private final Map<Long, Revision> revisions = new ConcurrentHashMap<>();

    SupportedModelRefs(SupportedModelTable table) {
        this.table = table;
    }

    /** The SupportedDataModel references of this bundle's models, comma-separated ("" when none). */
    String of(Bundle bundle) {
        if ((bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0) {
            return "";
        }
        Set<String> urns = revisions.compute(bundle.getBundleId(), (id, known) ->
                known != null && known.lastModified() == bundle.getLastModified() ? known
                        : new Revision(bundle.getLastModified(), modelUrns(bundle))).urns();
        if (urns.isEmpty()) {
            return "";
        }
        List<String> refs = new ArrayList<>();
        table.urnByInstance().forEach((instance, urn) -> {
            if (urns.contains(urn)) {
                refs.add(instance);
            }
        });
        return String.join(",", refs);
    }

    private static Set<String> modelUrns(Bundle bundle) {
        Enumeration<URL> files = bundle.findEntries(FOLDER, "*.dmdefs", false);
        if (files == null) {
            return Set.of();
        }
        CompactDefinitionsReader reader = new CompactDefinitionsReader(MAX_BYTES);
        Set<String> urns = new HashSet<>();
        for (URL file : Collections.list(files)) {
            try (InputStream in = file.openStream()) {
                urns.addAll(reader.read(in, file.getPath()).models().stream().map(ModelInfo::spec)
                        .filter(u -> u != null && !u.isEmpty()).collect(Collectors.toSet()));
            } catch (IOException | DefinitionsException e) {
                LOG.log(Level.WARNING, bundle.getSymbolicName() + " " + file.getPath() + ": " + e.getMessage());
            }
        }
        return Set.copyOf(urns);
    }
}
