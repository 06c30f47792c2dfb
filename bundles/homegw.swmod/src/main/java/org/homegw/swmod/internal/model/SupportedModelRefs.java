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

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.definitions.CompactDefinitionsReader;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.definitions.ModelInfo;
import org.homegw.datamodel.spi.ParameterProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * ExecutionUnit SupportedDataModelList: the {@code DeviceInfo.SupportedDataModel.{i}} entries whose URN
 * is a model the unit's bundle brought (the definitions it carries in {@value #FOLDER}, which the
 * registry merges while the bundle is active). Read from the registry's own SupportedDataModel provider
 * (its instance numbers follow the load order, so they are looked up at every read); the models a
 * bundle revision carries are read once and cached.
 */
final class SupportedModelRefs {

    private static final System.Logger LOG = System.getLogger(SupportedModelRefs.class.getName());
    /** Where a bundle keeps its data-model definitions (docs/vendor-kit.md). */
    static final String FOLDER = "OSGI-INF/homegw/datamodel";
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private final BundleContext context;
    private final String table;
    /** Model URNs by bundle id and last-modified time (a new revision is read again). */
    private final Map<String, Set<String>> urnsByRevision = new ConcurrentHashMap<>();

    SupportedModelRefs(BundleContext context, String root) {
        this.context = context;
        this.table = root + "DeviceInfo.SupportedDataModel.";
    }

    /** The SupportedDataModel references of this bundle's models, comma-separated ("" when none). */
    String of(Bundle bundle) {
        if ((bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0) {
            return "";
        }
        Set<String> urns = urnsByRevision.computeIfAbsent(bundle.getBundleId() + "@" + bundle.getLastModified(),
                k -> modelUrns(bundle));
        if (urns.isEmpty()) {
            return "";
        }
        ParameterProvider models = modelsProvider();
        if (models == null) {
            return "";
        }
        List<String> refs = new ArrayList<>();
        for (Long i : models.instances(table).value()) {
            Outcome<Map<String, String>> urn = models.read(table + i + ".", List.of("URN"));
            if (urn.isSuccess() && urns.contains(urn.value().get("URN"))) {
                refs.add(table + i);
            }
        }
        return String.join(",", refs);
    }

    private ParameterProvider modelsProvider() {
        try {
            for (ServiceReference<ParameterProvider> ref : context.getServiceReferences(ParameterProvider.class,
                    "(" + ParameterProvider.PATH + "=" + table + ")")) {
                ParameterProvider p = context.getService(ref);
                if (p != null) {
                    // the registry's own service: the framework counts the use, no need to hold it
                    context.ungetService(ref);
                    return p;
                }
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            LOG.log(Level.DEBUG, "no SupportedDataModel provider: " + e.getMessage());
        }
        return null;
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
