package org.homegw.cwmp.client.internal.session;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.client.internal.event.EventRules;
import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;

/**
 * Builds the Inform that opens a session: DeviceId from DeviceInfo, at most 64 events (standard
 * single events first, then method events, in arrival order), MaxEnvelopes 1, CurrentTime,
 * RetryCount, and the ParameterList: every forcedInform parameter, every
 * ManagementServer.InformParameter.{i} whose EventList matches, and the changed
 * notification parameters (which bring "4 VALUE CHANGE").
 */
public final class InformBuilder {

    /** Schema limit on EventStructs per Inform. */
    public static final int MAX_EVENTS = 64;

    private static final System.Logger LOG = System.getLogger(InformBuilder.class.getName());

    private final DataModel model;
    private final Clock clock;

    public InformBuilder(DataModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    /** An Inform and the pending events it carries (those become delivered with its InformResponse). */
    public record Built(Inform inform, List<CwmpEvent> events, boolean carriesValueChanges) {
    }

    public Built build(List<CwmpEvent> pending, long retryCount) {
        List<ParameterValue> changed = model.changedValues();
        List<CwmpEvent> events = chooseEvents(pending, !changed.isEmpty());
        Map<String, ParameterValueStruct> params = new LinkedHashMap<>();
        model.forcedInformValues().forEach(v -> params.putIfAbsent(v.path(), struct(v)));
        informParameters(events).forEach(v -> params.putIfAbsent(v.path(), struct(v)));
        changed.forEach(v -> params.putIfAbsent(v.path(), struct(v)));
        Inform inform = new Inform(deviceId(),
                events.stream().map(e -> new EventStruct(e.code(), e.commandKey())).toList(),
                1, CwmpDateTime.of(clock.instant()), retryCount, List.copyOf(params.values()));
        return new Built(inform, events, !changed.isEmpty());
    }

    static List<CwmpEvent> chooseEvents(List<CwmpEvent> pending, boolean valueChanges) {
        List<CwmpEvent> all = new ArrayList<>(pending);
        if (valueChanges && all.stream().noneMatch(e -> e.code().equals(CwmpEvent.VALUE_CHANGE))) {
            all.add(CwmpEvent.of(CwmpEvent.VALUE_CHANGE));
        }
        // stable sort: single (numbered, vendor) events before "M ..." ones, so BOOT/BOOTSTRAP never fall off
        all.sort(Comparator.comparing((CwmpEvent e) -> !EventRules.isSingle(e.code())));
        return all.size() > MAX_EVENTS ? List.copyOf(all.subList(0, MAX_EVENTS)) : List.copyOf(all);
    }

    /** One getValues for the four; each alone (with its warning) only when the batch is refused. */
    private DeviceIdStruct deviceId() {
        String info = model.rootObject() + "DeviceInfo.";
        List<String> paths = List.of(info + "Manufacturer", info + "ManufacturerOUI", info + "ProductClass",
                info + "SerialNumber");
        Map<String, String> values = new java.util.HashMap<>(8);
        if (!model.getValues(paths, v -> values.put(v.path(), v.value())).isSuccess()) {
            values.clear();
        }
        return new DeviceIdStruct(value(values, paths.get(0)), value(values, paths.get(1)),
                value(values, paths.get(2)), value(values, paths.get(3)));
    }

    private String value(Map<String, String> batched, String path) {
        String v = batched.get(path);
        return v != null ? v : read(path);
    }

    private String read(String path) {
        Outcome<ParameterValue> v = model.getValue(path);
        if (v.isSuccess()) {
            return v.value().value();
        }
        LOG.log(Level.WARNING, "Inform: cannot read " + path + ": " + v.faultOrNull().message());
        return "";
    }

    /**
     * ManagementServer.InformParameter.{i} entries that are enabled and whose EventList names one
     * of the Inform's events; an empty EventList means every event except "4 VALUE CHANGE" (D181).
     */
    private List<ParameterValue> informParameters(List<CwmpEvent> events) {
        String table = model.rootObject() + "ManagementServer.InformParameter.";
        Outcome<List<ParameterInfo>> instances = model.getNames(table, true);
        if (!instances.isSuccess()) {
            return List.of();
        }
        Set<String> codes = events.stream().map(CwmpEvent::code).collect(Collectors.toSet());
        List<ParameterValue> out = new ArrayList<>();
        for (ParameterInfo instance : instances.value()) {
            String base = instance.path();
            if (!"true".equals(read(base + "Enable")) && !"1".equals(read(base + "Enable"))) {
                continue;
            }
            String name = read(base + "ParameterName").trim();
            List<String> wanted = Arrays.stream(read(base + "EventList").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            boolean matches = wanted.isEmpty()
                    ? codes.stream().anyMatch(c -> !c.equals(CwmpEvent.VALUE_CHANGE))
                    : wanted.stream().anyMatch(codes::contains);
            if (matches && !name.isEmpty()) {
                Outcome<Integer> got = model.getValues(List.of(name), out::add);
                if (!got.isSuccess()) {
                    LOG.log(Level.WARNING, "Inform: " + base + "ParameterName '" + name + "' is not readable: "
                            + got.faultOrNull().message());
                }
            }
        }
        return out;
    }

    private static ParameterValueStruct struct(ParameterValue v) {
        return new ParameterValueStruct(v.path(), v.value(), v.type());
    }
}
