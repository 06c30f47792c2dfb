package org.homegw.datamodel.internal.osgi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.spi.ParameterProvider;
import org.osgi.framework.Constants;

/** Reads a provider service's properties into a {@link ProviderRegistration}. */
final class ProviderProperties {

    private static final System.Logger LOG = System.getLogger(ProviderProperties.class.getName());

    private ProviderProperties() {
    }

    static ProviderRegistration registration(ParameterProvider provider, Map<String, Object> properties) {
        List<String> paths = new ArrayList<>();
        Object path = properties.get(ParameterProvider.PATH);
        if (path instanceof String s) {
            paths.add(s.trim());
        } else if (path instanceof String[] array) {
            for (String s : array) {
                paths.add(s.trim());
            }
        } else if (path instanceof Iterable<?> list) {
            list.forEach(p -> paths.add(String.valueOf(p).trim()));
        }
        paths.removeIf(String::isEmpty);
        if (paths.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "parameter provider {0} has no {1} property; it serves nothing",
                    provider.getClass().getName(), ParameterProvider.PATH);
        }
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object id = properties.get(Constants.SERVICE_ID);
        Object pushes = properties.get(ParameterProvider.PUSHES_CHANGES);
        return new ProviderRegistration(provider, paths, ranking instanceof Integer r ? r : 0,
                id instanceof Long l ? l : 0L, pushes == null || Boolean.parseBoolean(String.valueOf(pushes)));
    }
}
