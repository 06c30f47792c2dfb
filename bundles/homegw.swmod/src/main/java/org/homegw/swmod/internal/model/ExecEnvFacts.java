package org.homegw.swmod.internal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.homegw.swmod.internal.osgi.DeploymentUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * ExecEnv.1: the OSGi framework this agent runs in. Memory figures are the JVM heap in KiB
 * (AllocatedMemory = maximum heap, AvailableMemory = maximum minus in use).
 */
public final class ExecEnvFacts {

    private final BundleContext context;
    private final String createdAt;

    public ExecEnvFacts(BundleContext context, String createdAt) {
        this.context = context;
        this.createdAt = createdAt;
    }

    Map<String, String> values(List<DeploymentUnit> units, String alias) {
        Bundle system = context.getBundle(0);
        Runtime rt = Runtime.getRuntime();
        long usedKiB = (rt.totalMemory() - rt.freeMemory()) / 1024;
        long maxKiB = rt.maxMemory() == Long.MAX_VALUE ? -1 : rt.maxMemory() / 1024;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Enable", "true");
        v.put("Status", "Up");
        v.put("Reset", "false");
        v.put("Alias", alias.isEmpty() ? "cpe-1" : alias);
        v.put("Name", "OSGi");
        v.put("Type", "OSGi Framework " + nonNull(context.getProperty(Constants.FRAMEWORK_VERSION)));
        v.put("Vendor", nonNull(context.getProperty(Constants.FRAMEWORK_VENDOR)));
        v.put("Version", system.getVersion().toString());
        v.put("ParentExecEnv", "");
        v.put("AllocatedDiskSpace", "-1");
        v.put("AllocatedMemory", Long.toString(maxKiB));
        v.put("AllocatedCPUPercent", "100");
        v.put("AvailableMemory", Long.toString(maxKiB < 0 ? -1 : Math.max(0, maxKiB - usedKiB)));
        v.put("ActiveExecutionUnits", units.stream()
                .filter(u -> u.bundle().getState() == Bundle.ACTIVE)
                .map(DeploymentUnit::euRef).collect(Collectors.joining(",")));
        v.put("CreatedAt", createdAt);
        v.put("ExecEnvClassRef", "");
        v.put("ApplicationDataNumberOfEntries", "0");
        return v;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
