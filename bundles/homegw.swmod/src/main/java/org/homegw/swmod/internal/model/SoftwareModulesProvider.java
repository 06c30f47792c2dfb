package org.homegw.swmod.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.swmod.internal.du.DuRecord;
import org.homegw.swmod.internal.osgi.DeploymentUnit;
import org.homegw.swmod.internal.osgi.DeploymentUnitTable;
import org.homegw.swmod.internal.osgi.ExecutionControl;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * Serves {@code Device.SoftwareModules.}: ExecEnv.1 is the running OSGi framework, DeploymentUnit.{i}
 * the manageable bundles and ExecutionUnit.{i} their running part. What writes do is {@link WritePlanner}'s.
 */
public final class SoftwareModulesProvider extends AbstractParameterProvider implements BundleListener {

    public static final String ROOT = "Device.SoftwareModules.";
    private static final Pattern INSTANCE = Pattern.compile("Device\\.SoftwareModules\\.(DeploymentUnit|ExecutionUnit)\\.(\\d+)\\.");

    private final DeploymentUnitTable table;
    private final ExecutionControl execution;
    private final ExecEnvFacts execEnv;
    private final WritePlanner planner;
    private final SupportedModelRefs models;
    /** Last ExecutionUnit Status seen, by EU number. */
    private final Map<Long, String> lastStatus = new ConcurrentHashMap<>();

    public SoftwareModulesProvider(DeploymentUnitTable table, ExecutionControl execution, ExecEnvFacts execEnv,
                                   Executor executor, SupportedModelTable modelTable) {
        this.table = table;
        this.execution = execution;
        this.execEnv = execEnv;
        this.planner = new WritePlanner(table, execution, executor);
        this.models = new SupportedModelRefs(modelTable);
        for (DeploymentUnit u : table.units()) {
            lastStatus.put(u.record().euNumber(), ExecutionControl.status(u.bundle()));
        }
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return switch (tablePath) {
            case ROOT + "ExecEnv." -> Outcome.success(List.of(1L));
            case DeploymentUnit.DU_TABLE -> Outcome.success(numbers(u -> u.record().duNumber()));
            case DeploymentUnit.EU_TABLE -> Outcome.success(numbers(u -> u.record().euNumber()));
            default -> Outcome.success(List.of());
        };
    }

    private List<Long> numbers(Function<DeploymentUnit, Long> number) {
        return table.units().stream().map(number).sorted().toList();
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        Map<String, String> all;
        if (objectPath.equals(ROOT)) {
            int units = table.units().size();
            all = Map.of("ExecEnvClassNumberOfEntries", "0", "ExecEnvNumberOfEntries", "1",
                    "DeploymentUnitNumberOfEntries", Integer.toString(units),
                    "ExecutionUnitNumberOfEntries", Integer.toString(units));
        } else if (objectPath.equals(DeploymentUnit.EXEC_ENV + ".")) {
            all = execEnv.values(table.units(), table.registry().execEnvAlias());
        } else {
            Matcher m = INSTANCE.matcher(objectPath);
            if (!m.matches()) {
                return Outcome.success(Map.of());
            }
            long n = Long.parseLong(m.group(2));
            boolean du = m.group(1).equals("DeploymentUnit");
            Optional<DeploymentUnit> unit = du ? table.byDuNumber(n) : table.byEuNumber(n);
            if (unit.isEmpty()) {
                return Outcome.success(Map.of());
            }
            all = du ? UnitValues.deploymentUnit(unit.get()) : UnitValues.executionUnit(unit.get(), execution.faults(), models);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String v = all.get(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return Outcome.success(out);
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        return planner.plan(writes).map(actions -> null);
    }

    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Runnable> planned = planner.plan(writes);
        if (!planned.isSuccess()) {
            return Outcome.failure(planned.faultOrNull());
        }
        try {
            planned.value().run();
        } catch (RejectedExecutionException e) {
            return Outcome.failure(9002, "software-module service is stopping");
        }
        return Outcome.success(0);
    }

    /**
     * Tells the registry what a bundle event changed, and only that: the registry trusts it and
     * reports every watched path named (EU Status is watched by default, TR-181 forced notification).
     * Status is compared with the last stable value seen (Idle/Active), so transient states and
     * repeated events make no spurious "4 VALUE CHANGE"; a unit's first status is not a change.
     */
    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        if (!table.manageable(b)) {
            return;
        }
        List<String> changed = new ArrayList<>();
        if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UNINSTALLED) {
            changed.add(ROOT + "DeploymentUnitNumberOfEntries");
            changed.add(ROOT + "ExecutionUnitNumberOfEntries");
        }
        Optional<DuRecord> record = table.registry().byLocation(b.getLocation());
        if (record.isPresent()) {
            long eu = record.get().euNumber();
            if (event.getType() == BundleEvent.UNINSTALLED) {
                lastStatus.remove(eu);
            } else if (!isTransient(ExecutionControl.status(b))) {
                String status = ExecutionControl.status(b);
                String before = lastStatus.put(eu, status);
                if (before != null && !before.equals(status)) {
                    changed.add(DeploymentUnit.EU_TABLE + eu + ".Status");
                }
                if (event.getType() == BundleEvent.UPDATED || event.getType() == BundleEvent.RESOLVED
                        || event.getType() == BundleEvent.UNRESOLVED) {
                    changed.add(DeploymentUnit.DU_TABLE + record.get().duNumber() + ".");
                }
            }
        }
        if (!changed.isEmpty()) {
            fireValueChanged(changed.toArray(new String[0]));
        }
    }

    /** Starting and Stopping last milliseconds here; reporting them would double every change. */
    private static boolean isTransient(String status) {
        return status.equals("Starting") || status.equals("Stopping");
    }
}
