package org.homegw.datamodel.internal.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.definitions.Access;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefaultValue;
import org.homegw.datamodel.definitions.EnumerationValue;
import org.homegw.datamodel.definitions.ListSyntax;
import org.homegw.datamodel.definitions.ObjectDefinition;
import org.homegw.datamodel.definitions.ParameterDefinition;
import org.homegw.datamodel.definitions.UniqueKey;

/**
 * Turns the definitions bundle's records into the registry's {@link SchemaTree}. The registry keeps
 * its own small view so that its lookups stay cheap: sizes of a list parameter are split into the
 * whole-string sizes and the per-item sizes, enumeration values only the device may set become
 * {@link Syntax#cpeOnlyValues()}, and of the BBF default kinds "factory" applies to single objects and
 * "object"/"parameter" to new table instances ("implementation" says nothing usable and is ignored).
 */
public final class DefinitionsAdapter {

    private DefinitionsAdapter() {
    }

    public static SchemaTree toTree(DataModelDefinitions definitions) {
        List<ObjectSchema> objects = new ArrayList<>(definitions.objects().size());
        Map<String, String> counters = new LinkedHashMap<>();
        for (ObjectDefinition o : definitions.objects()) {
            if (o.isTable() && o.numEntriesParameter() != null && !o.numEntriesParameter().isEmpty()) {
                String parent = o.parentPath();
                counters.put(parent + o.numEntriesParameter(), o.tablePath().substring(parent.length()));
            }
            Map<String, ParamSchema> params = new LinkedHashMap<>();
            for (ParameterDefinition p : definitions.parametersOf(o.path())) {
                params.put(p.name(), param(p, o.isTable()));
            }
            List<List<String>> keys = new ArrayList<>();
            for (UniqueKey k : o.uniqueKeys()) {
                keys.add(k.parameters());
            }
            objects.add(new ObjectSchema(o.path(), o.isCreatable(), o.minEntries(),
                    o.isUnbounded() ? null : o.maxEntries(), keys, status(o.status()), params));
        }
        List<ModelInfo> models = new ArrayList<>();
        for (org.homegw.datamodel.definitions.ModelInfo m : definitions.models()) {
            models.add(new ModelInfo(m.name(), m.spec() == null ? "" : m.spec(),
                    m.mountPoint() == null ? "" : m.mountPoint()));
        }
        return new SchemaTree(objects, models, counters);
    }

    private static ParamSchema param(ParameterDefinition p, boolean inTable) {
        String factory = null;
        String object = null;
        DefaultValue d = p.defaultValue();
        if (d != null && d.kind() != DefaultValue.Kind.IMPLEMENTATION) {
            if (inTable) {
                object = d.value();
            } else {
                factory = d.value();
            }
        }
        return new ParamSchema(p.name(), syntax(p.syntax()), p.isWritable(), factory, object, p.forcedInform(),
                ActiveNotify.valueOf(p.activeNotify().name()), status(p.status()), p.hidden(), p.secured());
    }

    static Syntax syntax(org.homegw.datamodel.definitions.Syntax s) {
        List<Range> ranges = new ArrayList<>();
        for (org.homegw.datamodel.definitions.Range r : s.ranges()) {
            ranges.add(new Range(r.minInclusive(), r.maxInclusive(), r.step()));
        }
        List<Size> itemSizes = sizes(s.sizes());
        List<String> cpeOnly = new ArrayList<>();
        for (EnumerationValue e : s.enumerations()) {
            if (e.access() == Access.READ_ONLY) {
                cpeOnly.add(e.value());
            }
        }
        ListSyntax list = s.list();
        ListFacet facet = list == null ? null : new ListFacet(list.minItems() == null ? 0 : list.minItems().intValue(),
                list.maxItems() == null ? null : list.maxItems().intValue(), itemSizes);
        List<Size> sizes = list == null ? itemSizes : sizes(list.sizes());
        return new Syntax(s.baseType().xmlName(), s.dataType(), ranges, sizes, s.enumerationValues(), s.patterns(),
                facet, cpeOnly);
    }

    private static List<Size> sizes(List<org.homegw.datamodel.definitions.Size> in) {
        List<Size> out = new ArrayList<>();
        for (org.homegw.datamodel.definitions.Size z : in) {
            out.add(new Size(z.minLength(), z.maxLength()));
        }
        return out;
    }

    private static Status status(org.homegw.datamodel.definitions.Status s) {
        return Status.valueOf(s.name());
    }
}
