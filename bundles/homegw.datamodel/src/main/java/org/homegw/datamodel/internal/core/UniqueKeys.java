package org.homegw.datamodel.internal.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;

/**
 * Checks that writes leave no two instances of a table with the same values for all parameters of a
 * unique key (each key of the definitions, Alias included). Values written in the same request count.
 */
final class UniqueKeys {

    private final TreeAccess access;

    UniqueKeys(TreeAccess access) {
        this.access = access;
    }

    List<CwmpFault.ParameterFault> check(List<PendingWrite> writes) {
        Map<String, String> newValues = new HashMap<>();
        for (PendingWrite w : writes) {
            newValues.put(w.path(), w.value());
        }
        List<CwmpFault.ParameterFault> faults = new ArrayList<>();
        for (PendingWrite w : writes) {
            ObjectSchema object = w.target().object();
            if (!object.isTable() || w.target().instances().isEmpty()) {
                continue;
            }
            String instancePath = w.target().objectPath();
            String tablePath = w.target().instances().get(w.target().instances().size() - 1).tablePath();
            for (List<String> key : object.uniqueKeys()) {
                if (!key.contains(w.target().param().name())) {
                    continue;
                }
                List<String> mine = tuple(instancePath, object, key, newValues);
                for (String sibling : access.instancePaths(tablePath)) {
                    if (!sibling.equals(instancePath) && mine != null
                            && mine.equals(tuple(sibling, object, key, newValues))) {
                        faults.add(new CwmpFault.ParameterFault(w.path(), CwmpFault.INVALID_PARAMETER_VALUE,
                                "Unique key " + key + " already used by " + sibling));
                        break;
                    }
                }
            }
        }
        return faults;
    }

    private List<String> tuple(String instancePath, ObjectSchema object, List<String> key, Map<String, String> newValues) {
        List<ParamSchema> params = new ArrayList<>();
        for (String name : key) {
            ParamSchema p = object.param(name);
            if (p == null) {
                return null;
            }
            params.add(p);
        }
        Map<String, ReadValue> current = access.read(instancePath, params);
        List<String> out = new ArrayList<>();
        for (String name : key) {
            String v = newValues.get(instancePath + name);
            if (v == null) {
                ReadValue r = current.get(name);
                v = r == null ? null : r.value();
            }
            out.add(v);
        }
        return out;
    }
}
