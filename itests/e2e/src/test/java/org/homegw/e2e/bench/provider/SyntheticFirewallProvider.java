package org.homegw.e2e.bench.provider;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;

/**
 * Synthetic data for the benchmark's large-tree figure: {@code Device.Firewall.} with one chain of
 * {@code rules} rules (41 parameters each in Device:2.19, so 2,440 rules give about 100,000
 * parameters), every value plausible for its type and computed on demand, so the provider itself
 * holds almost nothing. Read-only.
 */
public final class SyntheticFirewallProvider extends AbstractParameterProvider {

    public static final String ROOT = "Device.Firewall.";
    private static final String CHAIN_TABLE = ROOT + "Chain.";
    private static final String RULE_TABLE = CHAIN_TABLE + "1.Rule.";

    private final List<Long> ruleNumbers;

    public SyntheticFirewallProvider(int rules) {
        this.ruleNumbers = LongStream.rangeClosed(1, rules).boxed().toList();
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        if (tablePath.equals(CHAIN_TABLE)) {
            return Outcome.success(List.of(1L));
        }
        if (tablePath.equals(RULE_TABLE)) {
            return Outcome.success(ruleNumbers);
        }
        return Outcome.success(List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        Map<String, String> out = new HashMap<>(parameterNames.size() * 2);
        if (objectPath.startsWith(RULE_TABLE)) {
            String number = objectPath.substring(RULE_TABLE.length(), objectPath.length() - 1);
            if (number.indexOf('.') >= 0) {
                return Outcome.success(out); // nothing below a rule
            }
            for (String name : parameterNames) {
                out.put(name, ruleValue(name, number));
            }
        } else if (objectPath.equals(CHAIN_TABLE + "1.")) {
            for (String name : parameterNames) {
                out.put(name, switch (name) {
                    case "Enable" -> "true";
                    case "Alias" -> "cpe-1";
                    case "Name" -> "bench";
                    case "Creator" -> "Defaults";
                    default -> "";
                });
            }
        } else if (objectPath.equals(ROOT)) {
            for (String name : parameterNames) {
                out.put(name, switch (name) {
                    case "Enable" -> "true";
                    case "Config" -> "Advanced";
                    case "Type" -> "Stateful";
                    case "Version" -> "bench";
                    case "LastChange" -> "0001-01-01T00:00:00Z";
                    default -> "";
                });
            }
        }
        return Outcome.success(out);
    }

    private static String ruleValue(String name, String number) {
        switch (name) {
            case "Enable":
                return "true";
            case "Status":
                return "Enabled";
            case "Order":
                return number;
            case "Alias":
                return "cpe-" + number;
            case "Description":
                return "bench rule " + number;
            case "Target":
                return "Drop";
            case "CreationDate":
                return "0001-01-01T00:00:00Z";
            case "ExpiryDate":
                return "9999-12-31T23:59:59Z";
            case "IPVersion", "Protocol", "DestPort", "DestPortRangeMax", "SourcePort", "SourcePortRangeMax", "DSCP":
                return "-1";
            default:
                return name.endsWith("Exclude") || name.endsWith("AllInterfaces") || name.equals("Log") ? "false" : "";
        }
    }
}
