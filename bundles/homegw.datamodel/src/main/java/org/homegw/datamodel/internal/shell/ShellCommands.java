package org.homegw.datamodel.internal.shell;

import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterAttributes;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;

/**
 * The dm:* shell commands as plain methods answering the text to print. Writes go in as the device
 * itself ({@link Caller#LOCAL}) and leave the ParameterKey alone. A fault prints as
 * "fault <code>: <message>", one more line per failing parameter.
 */
public final class ShellCommands {

    private final DataModel dataModel;

    public ShellCommands(DataModel dataModel) {
        this.dataModel = dataModel;
    }

    /** dm:get Path... — values of full and partial paths ("" or none: the whole tree). */
    public String get(String... paths) {
        List<String> request = paths.length == 0 ? List.of("") : List.of(paths);
        StringBuilder out = new StringBuilder();
        Outcome<Integer> o = dataModel.getValues(request,
                v -> out.append(v.path()).append(" = ").append(v.value()).append("  (").append(v.type()).append(")\n"));
        return o.isSuccess() ? out.toString() : fault(o.faultOrNull());
    }

    /** dm:set Path Value [Path Value ...] — atomic set. */
    public String set(String... pathValuePairs) {
        if (pathValuePairs.length == 0 || pathValuePairs.length % 2 != 0) {
            return "usage: dm:set Path Value [Path Value ...]\n";
        }
        List<ParameterValue> values = new ArrayList<>();
        for (int i = 0; i < pathValuePairs.length; i += 2) {
            values.add(ParameterValue.untyped(pathValuePairs[i], pathValuePairs[i + 1]));
        }
        Outcome<Integer> o = dataModel.setValues(values, null, Caller.LOCAL);
        return o.isSuccess() ? "ok, status " + o.value() + "\n" : fault(o.faultOrNull());
    }

    /** dm:names Path [nextLevel] — GetParameterNames; nextLevel defaults to true. */
    public String names(String... args) {
        String path = args.length > 0 ? args[0] : "";
        boolean nextLevel = args.length < 2 || Boolean.parseBoolean(args[1]) || "1".equals(args[1]);
        Outcome<List<ParameterInfo>> o = dataModel.getNames(path, nextLevel);
        if (!o.isSuccess()) {
            return fault(o.faultOrNull());
        }
        StringBuilder out = new StringBuilder();
        for (ParameterInfo info : o.value()) {
            out.append(info.path()).append(info.writable() ? "  (writable)" : "").append('\n');
        }
        return out.toString();
    }

    /** dm:attrs Path... shows attributes; dm:attrs Path 0|1|2 sets the notification of Path. */
    public String attrs(String... args) {
        if (args.length == 2 && args[1].matches("-?\\d+")) {
            Outcome<Void> o = dataModel.setAttributes(
                    List.of(new AttributeChange(args[0], true, Integer.parseInt(args[1]), false, List.of())));
            return o.isSuccess() ? "ok\n" : fault(o.faultOrNull());
        }
        Outcome<List<ParameterAttributes>> o = dataModel.getAttributes(List.of(args.length == 0 ? new String[] {""} : args));
        if (!o.isSuccess()) {
            return fault(o.faultOrNull());
        }
        StringBuilder out = new StringBuilder();
        for (ParameterAttributes a : o.value()) {
            out.append(a.path()).append("  notification=").append(a.notification())
                    .append(" accessList=").append(String.join(",", a.accessList())).append('\n');
        }
        return out.toString();
    }

    /** dm:add TablePath — AddObject. */
    public String add(String tablePath) {
        Outcome<AddedObject> o = dataModel.addObject(tablePath, null, Caller.LOCAL);
        return o.isSuccess() ? "added " + tablePath + o.value().instanceNumber() + ". status " + o.value().status() + "\n"
                : fault(o.faultOrNull());
    }

    /** dm:delete InstancePath — DeleteObject. */
    public String delete(String instancePath) {
        Outcome<Integer> o = dataModel.deleteObject(instancePath, null, Caller.LOCAL);
        return o.isSuccess() ? "deleted " + instancePath + " status " + o.value() + "\n" : fault(o.faultOrNull());
    }

    static String fault(CwmpFault fault) {
        StringBuilder out = new StringBuilder("fault ").append(fault.code()).append(": ").append(fault.message()).append('\n');
        for (CwmpFault.ParameterFault pf : fault.parameterFaults()) {
            out.append("  ").append(pf.parameterName()).append(": fault ").append(pf.code()).append(": ")
                    .append(pf.message()).append('\n');
        }
        return out.toString();
    }
}
