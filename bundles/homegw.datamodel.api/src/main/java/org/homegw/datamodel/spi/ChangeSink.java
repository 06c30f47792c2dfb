package org.homegw.datamodel.spi;

import org.osgi.annotation.versioning.ProviderType;

/** Where a provider pushes its value changes; the registry gives each provider one. */
@ProviderType
@FunctionalInterface
public interface ChangeSink {
    /** The value of these full parameter paths (or whole object subtrees, paths ending in ".") changed. */
    void valuesChanged(String... paths);
}
