package org.homegw.datamodel.internal.builtin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.schema.ModelInfo;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.spi.AbstractParameterProvider;

/**
 * Serves what the registry itself knows: {@code DeviceInfo.SupportedDataModel.{i}.} (one instance per
 * loaded model, numbered from 1 in load order) and {@code RootDataModelVersion} (e.g. "2.19").
 * URL points at the Broadband Forum's published copy of the definition document named by the URN
 * (empty for a vendor model). Bundles' vendor models come and go ({@link #useModels}).
 */
public final class SupportedModelsProvider extends AbstractParameterProvider {

    private static final String BBF_MODELS = "https://cwmp-data-models.broadband-forum.org/";
    private static final String BBF_URN = "urn:broadband-forum-org:";

    private final String tablePath;
    private final String versionPath;
    /** Instance number to model; a model keeps its number while it stays loaded, numbers are not reused. */
    private volatile SortedMap<Long, ModelInfo> models = new TreeMap<>();
    private long lastNumber;

    public SupportedModelsProvider(SchemaTree tree) {
        this.tablePath = tree.root() + "DeviceInfo.SupportedDataModel.";
        this.versionPath = tree.root() + "RootDataModelVersion";
        useModels(tree.models());
    }

    /**
     * The Broadband Forum's published copy of a BBF model; "" for other (vendor) URNs, whose documents
     * the gateway cannot locate.
     */
    static String url(String urn) {
        return urn.startsWith(BBF_URN) ? BBF_MODELS + urn.substring(urn.lastIndexOf(':') + 1) + "-full.xml" : "";
    }

    /**
     * Lists from now on these models (bundles' vendor models come and go): those listed before keep
     * their instance numbers, new ones get the next unused numbers (so an ACS's references to a row
     * stay valid while the row exists).
     */
    public synchronized void useModels(List<ModelInfo> loaded) {
        SortedMap<Long, ModelInfo> next = new TreeMap<>();
        for (ModelInfo m : loaded) {
            Long kept = null;
            for (Map.Entry<Long, ModelInfo> e : models.entrySet()) {
                if (e.getValue().equals(m)) {
                    kept = e.getKey();
                }
            }
            next.put(kept != null ? kept : ++lastNumber, m);
        }
        models = Collections.unmodifiableSortedMap(next);
    }

    /** The paths this provider is registered for. */
    public List<String> paths() {
        return List.of(tablePath, versionPath);
    }

    @Override
    public Outcome<List<Long>> instances(String path) {
        return Outcome.success(path.equals(tablePath) ? new ArrayList<>(models.keySet()) : List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        SortedMap<Long, ModelInfo> models = this.models;
        Map<String, String> out = new LinkedHashMap<>();
        if (objectPath.startsWith(tablePath)) {
            long number = Long.parseLong(objectPath.substring(tablePath.length(), objectPath.length() - 1));
            ModelInfo model = models.get(number);
            if (model == null) {
                return Outcome.success(out);
            }
            for (String name : names) {
                String value = switch (name) {
                    case "Alias" -> "cpe-" + number;
                    case "URN" -> model.urn();
                    case "URL" -> url(model.urn());
                    case "UUID" -> UUID.nameUUIDFromBytes(model.name().getBytes(StandardCharsets.UTF_8)).toString();
                    case "Features" -> "";
                    default -> null;
                };
                if (value != null) {
                    out.put(name, value);
                }
            }
        } else if (objectPath.length() + 20 == versionPath.length() && names.contains("RootDataModelVersion")
                && !models.isEmpty()) {
            String name = models.get(models.firstKey()).name();
            out.put("RootDataModelVersion", name.substring(name.indexOf(':') + 1));
        }
        return Outcome.success(out);
    }
}
