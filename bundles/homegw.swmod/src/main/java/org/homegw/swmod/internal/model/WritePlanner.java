package org.homegw.swmod.internal.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.swmod.internal.du.DuRecord;
import org.homegw.swmod.internal.du.DuRegistry;
import org.homegw.swmod.internal.osgi.DeploymentUnit;
import org.homegw.swmod.internal.osgi.DeploymentUnitTable;
import org.homegw.swmod.internal.osgi.ExecutionControl;
import org.osgi.framework.Bundle;

/**
 * What a SetParameterValues write under {@code Device.SoftwareModules.} does, decided before
 * anything is applied so that one refused write leaves every other one unapplied:
 * <ul>
 * <li>ExecutionUnit RequestedState Idle/Active stops/starts the bundle (on the software-module
 *     thread, so the session does not wait for an activator) and is remembered for restarts;</li>
 * <li>ExecutionUnit AutoStart is persisted: false keeps the unit Idle after a restart;</li>
 * <li>DeploymentUnit, ExecutionUnit and ExecEnv Alias are persisted (1–64 characters, unique in
 *     their table; else 9007);</li>
 * <li>ExecEnv Enable=true is accepted as it is; Enable=false (9001): the framework hosts the agent
 *     itself; Reset (9001): uninstalling every unit at once is not offered, ChangeDUState does it
 *     unit by unit;</li>
 * <li>anything else writable in TR-181 (run levels, ShutdownDelay, ...) is refused with 9001.</li>
 * </ul>
 */
final class WritePlanner {

    private static final Pattern UNIT_PARAM = Pattern.compile(
            "Device\\.SoftwareModules\\.(DeploymentUnit|ExecutionUnit)\\.(\\d+)\\.(\\w+)");
    private static final String EXEC_ENV = DeploymentUnit.EXEC_ENV + ".";

    private final DeploymentUnitTable table;
    private final ExecutionControl execution;
    private final Executor executor;

    WritePlanner(DeploymentUnitTable table, ExecutionControl execution, Executor executor) {
        this.table = table;
        this.execution = execution;
        this.executor = executor;
    }

    /** The actions of a batch of writes, or the first write's fault. */
    Outcome<Runnable> plan(Iterable<ParameterWrite> writes) {
        Runnable all = () -> { };
        Map<String, String> aliasesInBatch = new HashMap<>();
        for (ParameterWrite w : writes) {
            Outcome<Runnable> one = planOne(w, aliasesInBatch);
            if (!one.isSuccess()) {
                return one;
            }
            Runnable before = all;
            Runnable action = one.value();
            all = () -> {
                before.run();
                action.run();
            };
        }
        return Outcome.success(all);
    }

    private Outcome<Runnable> planOne(ParameterWrite w, Map<String, String> aliasesInBatch) {
        if (w.path().startsWith(EXEC_ENV)) {
            return execEnv(w.path().substring(EXEC_ENV.length()), w, aliasesInBatch);
        }
        Matcher m = UNIT_PARAM.matcher(w.path());
        if (!m.matches()) {
            return refused(w);
        }
        boolean du = m.group(1).equals("DeploymentUnit");
        long n = Long.parseLong(m.group(2));
        Optional<DeploymentUnit> unit = du ? table.byDuNumber(n) : table.byEuNumber(n);
        if (unit.isEmpty()) {
            return Outcome.failure(9005, "No such " + m.group(1) + ": " + w.path());
        }
        DuRegistry registry = table.registry();
        String location = unit.get().bundle().getLocation();
        String name = m.group(3);
        if (name.equals("Alias")) {
            Outcome<Void> valid = checkAlias(m.group(1), w, aliasesInBatch);
            if (!valid.isSuccess()) {
                return Outcome.failure(valid.faultOrNull());
            }
            return Outcome.success(() -> update(registry, location, r -> du ? r.withDuAlias(w.value()) : r.withEuAlias(w.value())));
        }
        if (du) {
            return refused(w);
        }
        return switch (name) {
            case "RequestedState" -> requestedState(unit.get(), w);
            case "AutoStart" -> bool(w).map(start -> Outcome.<Runnable>success(
                    () -> update(registry, location, r -> r.withAutoStart(start))))
                    .orElseGet(() -> Outcome.failure(9007, "AutoStart must be true or false"));
            default -> refused(w);
        };
    }

    private Outcome<Runnable> requestedState(DeploymentUnit unit, ParameterWrite w) {
        if (!w.value().equals("Idle") && !w.value().equals("Active")) {
            return Outcome.failure(9007, "RequestedState must be Idle or Active");
        }
        Bundle b = unit.bundle();
        boolean run = w.value().equals("Active");
        if (run && b.getState() == Bundle.STOPPING) {
            // TR-181: a request to start an EU that is Stopping is rejected with a fault
            return Outcome.failure(9001, "Execution unit is stopping: " + w.path());
        }
        return Outcome.success(() -> executor.execute(() -> {
            if (run) {
                execution.start(b);
            } else {
                execution.stop(b);
            }
            // remembered for the reinstall after a restart (the framework cache does not survive it)
            update(table.registry(), b.getLocation(), r -> r.withActive(run));
        }));
    }

    private Outcome<Runnable> execEnv(String name, ParameterWrite w, Map<String, String> aliasesInBatch) {
        return switch (name) {
            case "Alias" -> {
                Outcome<Void> valid = checkAlias("ExecEnv", w, aliasesInBatch);
                yield valid.isSuccess() ? Outcome.success(() -> table.registry().setExecEnvAlias(w.value()))
                        : Outcome.failure(valid.faultOrNull());
            }
            case "Enable" -> bool(w).map(on -> on ? Outcome.<Runnable>success(() -> { })
                    : Outcome.<Runnable>failure(9001, "ExecEnv.1 is the OSGi framework the agent runs in; it cannot be disabled"))
                    .orElseGet(() -> Outcome.failure(9007, "Enable must be true or false"));
            case "Reset" -> Outcome.failure(9001, "Reset of the OSGi execution environment is not supported;"
                    + " uninstall deployment units with ChangeDUState");
            default -> refused(w);
        };
    }

    private Outcome<Void> checkAlias(String table, ParameterWrite w, Map<String, String> aliasesInBatch) {
        String v = w.value();
        if (v.isEmpty() || v.length() > 64) {
            return Outcome.failure(9007, "Alias must have 1 to 64 characters");
        }
        String owner = w.path().substring(0, w.path().length() - "Alias".length());
        String other = aliasesInBatch.put(table + "/" + v, owner);
        if (other != null && !other.equals(owner)) {
            return Outcome.failure(9007, "Alias " + v + " is set twice in one request");
        }
        boolean taken = switch (table) {
            case "DeploymentUnit" -> this.table.units().stream()
                    .anyMatch(u -> !owner.equals(u.duRef() + ".") && u.record().duAliasOrDefault().equals(v));
            case "ExecutionUnit" -> this.table.units().stream()
                    .anyMatch(u -> !owner.equals(u.euRef() + ".") && u.record().euAliasOrDefault().equals(v));
            default -> false;
        };
        return taken ? Outcome.failure(9007, "Alias " + v + " is already used in " + table) : Outcome.success(null);
    }

    private static void update(DuRegistry registry, String location, java.util.function.UnaryOperator<DuRecord> change) {
        registry.byLocation(location).ifPresent(r -> registry.replace(change.apply(r)));
    }

    private static Optional<Boolean> bool(ParameterWrite w) {
        return switch (w.value()) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Outcome<Runnable> refused(ParameterWrite w) {
        return Outcome.failure(9001, "Not changeable on the OSGi execution environment: " + w.path());
    }
}
