package org.homegw.datamodel.definitions.internal.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.homegw.datamodel.definitions.Access;
import org.homegw.datamodel.definitions.ActiveNotify;
import org.homegw.datamodel.definitions.BaseType;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DataTypeDefinition;
import org.homegw.datamodel.definitions.DefaultValue;
import org.homegw.datamodel.definitions.ModelInfo;
import org.homegw.datamodel.definitions.ObjectDefinition;
import org.homegw.datamodel.definitions.ParameterDefinition;
import org.homegw.datamodel.definitions.Status;
import org.homegw.datamodel.definitions.Syntax;
import org.homegw.datamodel.definitions.UniqueKey;

/**
 * Turns one {@code <model>} element of a flattened ("full") BBF document into definitions.
 *
 * <p>Vendor extensions in the same schema are supported: a {@code <model base="Device:2.19">} starts
 * from that model; {@code <object base="...">} modifies an existing object (attributes given replace
 * the old ones, parameters are added or modified); {@code <parameter base="...">} modifies an existing
 * parameter (attributes given replace, a {@code <syntax>} replaces the facets it names and extends
 * enumerations). Components ({@code <component ref>}) are not expanded: only flattened files are read.
 *
 * <p>A missing {@code access} means readOnly, the DM schema's default: bbfreport omits the attribute
 * for read-only objects and parameters (e.g. {@code Device.DSL.Line.{i}.} in Device:2.19).
 */
final class ModelReader {

    private final DataTypeResolver types;
    private final Function<String, DataModelDefinitions> baseModels;

    /**
     * @param types      resolver for named data types of the document
     * @param baseModels finds a model named by {@code base=} (returns null when unknown)
     */
    ModelReader(DataTypeResolver types, Function<String, DataModelDefinitions> baseModels) {
        this.types = types;
        this.baseModels = baseModels;
    }

    DataModelDefinitions read(XmlElement model, String spec) {
        String name = required(model, "name");
        String baseName = model.attr("base");
        DataModelDefinitions base = null;
        if (baseName != null) {
            base = baseModels.apply(baseName);
            if (base == null) {
                throw new DefinitionError(model, "model " + name + " extends unknown model " + baseName
                        + " (load it first or import it from a file beside this one)");
            }
        }
        ModelDraft draft = new ModelDraft(base);
        for (XmlElement c : model.children) {
            switch (c.name) {
                case "object":
                    readObject(draft, c);
                    break;
                case "component":
                    throw new DefinitionError(c, "components are not expanded here: use a flattened (full) data-model file");
                default:
                    // profiles and parameters outside objects carry no definitions we keep
                    break;
            }
        }
        boolean service = "true".equals(model.attr("isService"))
                || (base != null && base.models().get(0).service());
        Map<String, DataTypeDefinition> dataTypes = new LinkedHashMap<>(types.all());
        if (base != null) {
            base.dataTypes().forEach(dataTypes::putIfAbsent);
        }
        try {
            String standard = base == null ? "" : base.models().get(0).standardName();
            return draft.build(new ModelInfo(name, spec == null ? "" : spec, service, "", standard), dataTypes);
        } catch (IllegalArgumentException e) {
            throw new DefinitionError(model, "model " + name + ": " + e.getMessage());
        }
    }

    private void readObject(ModelDraft draft, XmlElement e) {
        String name = e.attr("name");
        String basePath = e.attr("base");
        ObjectDefinition old = null;
        String path;
        checkObjectPath(e, name != null ? name : basePath);
        if (name != null) {
            path = name;
            if (draft.object(path) != null) {
                throw new DefinitionError(e, "object " + path + " defined twice (use base= to modify it)");
            }
        } else if (basePath != null) {
            path = basePath;
            old = draft.object(path);
            if (old == null) {
                throw new DefinitionError(e, "object base=" + path + " modifies an object that is not defined");
            }
        } else {
            throw new DefinitionError(e, "object without name or base");
        }
        List<UniqueKey> keys = new ArrayList<>(old == null ? List.of() : old.uniqueKeys());
        for (XmlElement k : e.children("uniqueKey")) {
            List<String> refs = new ArrayList<>();
            for (XmlElement p : k.children("parameter")) {
                refs.add(required(p, "ref"));
            }
            // functional is the schema default
            keys.add(new UniqueKey(refs, !"false".equals(k.attr("functional"))));
        }
        ObjectDefinition o;
        try {
            o = new ObjectDefinition(path,
                    e.attr("access") != null ? Access.fromXml(e.attr("access")) : old != null ? old.access() : Access.READ_ONLY,
                    entries(e, "minEntries", old == null ? 1 : old.minEntries()),
                    entries(e, "maxEntries", old == null ? 1 : old.maxEntries()),
                    e.attr("numEntriesParameter", old == null ? null : old.numEntriesParameter()),
                    e.attr("enableParameter", old == null ? null : old.enableParameter()),
                    keys,
                    e.attr("status") != null ? Status.fromXml(e.attr("status")) : old != null ? old.status() : Status.CURRENT);
        } catch (IllegalArgumentException ex) {
            throw new DefinitionError(e, ex.getMessage());
        }
        draft.putObject(o);
        for (XmlElement p : e.children("parameter")) {
            readParameter(draft, path, p);
        }
    }

    private void readParameter(ModelDraft draft, String objectPath, XmlElement e) {
        String name = e.attr("name");
        String baseName = e.attr("base");
        ParameterDefinition old = null;
        String path;
        checkParameterName(e, name != null ? "name" : "base", name != null ? name : baseName);
        if (name != null) {
            path = objectPath + name;
            if (draft.parameter(objectPath, path) != null) {
                throw new DefinitionError(e, "parameter " + path + " defined twice (use base= to modify it)");
            }
        } else if (baseName != null) {
            path = objectPath + baseName;
            old = draft.parameter(objectPath, path);
            if (old == null) {
                throw new DefinitionError(e, "parameter base=" + path + " modifies a parameter that is not defined");
            }
        } else {
            throw new DefinitionError(e, "parameter without name or base");
        }
        XmlElement syntaxElement = e.child("syntax");
        if (syntaxElement == null && old == null) {
            throw new DefinitionError(e, "parameter " + path + " has no syntax");
        }
        try {
            Syntax syntax = syntaxElement == null ? old.syntax() : syntax(syntaxElement, old);
            DefaultValue dflt = old == null ? null : old.defaultValue();
            boolean hidden = old != null && old.hidden();
            boolean secured = old != null && old.secured();
            boolean command = old != null && old.command();
            if (syntaxElement != null) {
                XmlElement d = syntaxElement.child("default");
                if (d != null && !SyntaxDraft.isDeleted(d)) {
                    dflt = new DefaultValue(DefaultValue.Kind.fromXml(d.attr("type", "factory")),
                            listDefault(syntax, d.attr("value", "")));
                }
                hidden = flag(syntaxElement, "hidden", hidden);
                secured = flag(syntaxElement, "secured", secured);
                command = flag(syntaxElement, "command", command);
            }
            draft.putParameter(new ParameterDefinition(path,
                    e.attr("access") != null ? Access.fromXml(e.attr("access")) : old != null ? old.access() : Access.READ_ONLY,
                    syntax,
                    dflt,
                    flag(e, "forcedInform", old != null && old.forcedInform()),
                    e.attr("activeNotify") != null ? ActiveNotify.fromXml(e.attr("activeNotify"))
                            : old != null ? old.activeNotify() : ActiveNotify.NORMAL,
                    e.attr("status") != null ? Status.fromXml(e.attr("status")) : old != null ? old.status() : Status.CURRENT,
                    hidden, secured, command));
        } catch (IllegalArgumentException ex) {
            throw new DefinitionError(e, path + ": " + ex.getMessage());
        }
    }

    /**
     * A parameter's name (or base) is one path segment: a '.' would put it into another (perhaps
     * undefined) object, braces would make it look like an instance placeholder.
     */
    private static void checkParameterName(XmlElement e, String attr, String name) {
        if (name != null && (name.isEmpty() || name.chars().anyMatch(c -> c == '.' || c == '{' || c == '}'))) {
            throw new DefinitionError(e, "parameter " + attr + "=\"" + name
                    + "\" must be a single name (not empty, no '.', '{' or '}')");
        }
    }

    /** An object path is non-empty segments, each "{i}" or a name without braces, ending in '.'. */
    private static void checkObjectPath(XmlElement e, String path) {
        if (path == null) {
            return;
        }
        boolean ok = path.endsWith(".");
        if (ok) {
            for (String segment : path.substring(0, path.length() - 1).split("\\.", -1)) {
                if (segment.isEmpty() || (!"{i}".equals(segment) && (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0))) {
                    ok = false;
                    break;
                }
            }
        }
        if (!ok) {
            throw new DefinitionError(e, "object path \"" + path
                    + "\" must be names or {i} separated by '.' and end in '.'");
        }
    }

    /** Reads {@code <syntax>}; when modifying ({@code old} not null) facets replace or extend the old ones. */
    private Syntax syntax(XmlElement s, ParameterDefinition old) {
        SyntaxDraft draft = old == null ? null : SyntaxDraft.from(old.syntax());
        for (XmlElement c : s.children) {
            BaseType t = BaseType.fromXml(c.name);
            if (t != null) {
                draft = draft == null ? SyntaxDraft.of(t) : draft.baseType(t);
                draft.applyFacets(c, old != null);
            } else if ("dataType".equals(c.name)) {
                String ref = c.attr("ref") != null ? c.attr("ref") : c.attr("base");
                if (ref == null) {
                    throw new DefinitionError(c, "dataType in syntax needs ref or base");
                }
                draft = SyntaxDraft.from(types.resolve(ref, c).syntax()).dataType(ref);
                draft.applyFacets(c, false);
            }
        }
        if (draft == null) {
            throw new DefinitionError(s, "syntax without a type");
        }
        XmlElement list = s.child("list");
        if (list != null) {
            draft.list(SyntaxDraft.listSyntax(list));
        }
        return draft.build();
    }

    /**
     * BBF writes defaults of list-valued parameters in brackets ({@code []}, {@code [0,1,2]}); the
     * definitions keep the CWMP value, the comma-separated list inside.
     */
    private static String listDefault(Syntax syntax, String value) {
        if (syntax.isList() && value.length() >= 2 && value.startsWith("[") && value.endsWith("]")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static long entries(XmlElement e, String attr, long fallback) {
        String v = e.attr(attr);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        if ("unbounded".equals(v)) {
            return ObjectDefinition.UNBOUNDED;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException ex) {
            throw new DefinitionError(e, attr + "=\"" + v + "\" is neither a number nor unbounded");
        }
    }

    private static boolean flag(XmlElement e, String attr, boolean fallback) {
        String v = e.attr(attr);
        return v == null ? fallback : "true".equals(v) || "1".equals(v);
    }

    private static String required(XmlElement e, String attr) {
        String v = e.attr(attr);
        if (v == null || v.isEmpty()) {
            throw new DefinitionError(e, "<" + e.name + "> needs attribute " + attr);
        }
        return v;
    }

}
