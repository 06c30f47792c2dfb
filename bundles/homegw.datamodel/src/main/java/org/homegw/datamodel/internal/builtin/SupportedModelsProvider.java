package org.homegw.datamodel.internal.builtin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.schema.ModelInfo;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.spi.AbstractParameterProvider;

/**
 * Serves what the registry itself knows: {@code DeviceInfo.SupportedDataModel.{i}.} (one instance per
 * loaded model, numbered from 1 in load order) and {@code RootDataModelVersion} (e.g. "2.19").
 * URL points at the Broadband Forum's published copy of the definition document named by the URN.
 */
public final class SupportedModelsProvider extends AbstractParameterProvider {

    private static final String BBF_MODELS = "https://cwmp-data-models.broadband-forum.org/";

    private final String tablePath;
    private final String versionPath;
    private volatile List<ModelInfo> models;

    public SupportedModelsProvider(SchemaTree tree) {
        this.tablePath = tree.root() + "DeviceInfo.SupportedDataModel.";
        this.versionPath = tree.root() + "RootDataModelVersion";
        this.models = tree.models();
    }

    /** Lists from now on these models (bundles' vendor models come and go). */
    public void useModels(List<ModelInfo> loaded) {
        this.models = List.copyOf(loaded);
    }

    /** The paths this provider is registered for. */
    public List<String> paths() {
        return List.of(tablePath, versionPath);
    }

    @Override
    public Outcome<List<Long>> instances(String path) {
        List<ModelInfo> models = this.models;
        List<Long> numbers = new ArrayList<>();
        if (path.equals(tablePath)) {
            for (long i = 1; i <= models.size(); i++) {
                numbers.add(i);
            }
        }
        return Outcome.success(numbers);
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        List<ModelInfo> models = this.models;
        Map<String, String> out = new LinkedHashMap<>();
        if (objectPath.startsWith(tablePath)) {
            int index = Integer.parseInt(objectPath.substring(tablePath.length(), objectPath.length() - 1)) - 1;
            if (index < 0 || index >= models.size()) {
                return Outcome.success(out);
            }
            ModelInfo model = models.get(index);
            for (String name : names) {
                String value = switch (name) {
                    case "Alias" -> "cpe-" + (index + 1);
                    case "URN" -> model.urn();
                    case "URL" -> model.urn().isEmpty() ? ""
                            : BBF_MODELS + model.urn().substring(model.urn().lastIndexOf(':') + 1) + "-full.xml";
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
            String name = models.get(0).name();
            out.put("RootDataModelVersion", name.substring(name.indexOf(':') + 1));
        }
        return Outcome.success(out);
    }
}
