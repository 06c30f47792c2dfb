package org.homegw.datamodel.definitions.internal.xml;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.homegw.datamodel.definitions.BaseType;
import org.homegw.datamodel.definitions.DataTypeDefinition;
import org.homegw.datamodel.definitions.Syntax;

/**
 * Resolves named data types ({@code <dataType name=...>}) of one document to {@link DataTypeDefinition}s,
 * following {@code base=} chains into the same document or into already resolved imported types.
 */
final class DataTypeResolver {

    private final Map<String, XmlElement> local = new LinkedHashMap<>();
    private final Map<String, DataTypeDefinition> imported;
    private final Map<String, DataTypeDefinition> resolved = new LinkedHashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    /**
     * @param document the document element, whose {@code <dataType>} children are the local types
     * @param imported types made available by imports (local definitions win)
     */
    DataTypeResolver(XmlElement document, Map<String, DataTypeDefinition> imported) {
        this.imported = imported;
        for (XmlElement e : document.children("dataType")) {
            String name = e.attr("name");
            if (name == null || name.isEmpty()) {
                throw new DefinitionError(e, "dataType without a name");
            }
            if (local.put(name, e) != null) {
                throw new DefinitionError(e, "dataType " + name + " defined twice");
            }
        }
    }

    /** Every type this document defines or imports, resolved, local ones first in document order. */
    Map<String, DataTypeDefinition> all() {
        Map<String, DataTypeDefinition> out = new LinkedHashMap<>();
        for (String name : local.keySet()) {
            out.put(name, resolve(name, null));
        }
        imported.forEach(out::putIfAbsent);
        return out;
    }

    /**
     * The resolved type {@code name}.
     *
     * @param user the element referring to it, for the error message
     * @throws DefinitionError if the type is unknown or its chain loops
     */
    DataTypeDefinition resolve(String name, XmlElement user) {
        DataTypeDefinition done = resolved.get(name);
        if (done != null) {
            return done;
        }
        XmlElement e = local.get(name);
        if (e == null) {
            DataTypeDefinition imp = imported.get(name);
            if (imp == null) {
                throw new DefinitionError(user, "unknown data type " + name
                        + " (not defined in the document nor in an import found beside it)");
            }
            return imp;
        }
        if (!inProgress.add(name)) {
            throw new DefinitionError(e, "data type " + name + " derives from itself");
        }
        try {
            DataTypeDefinition def = new DataTypeDefinition(name, e.attr("base"), derive(e, name));
            resolved.put(name, def);
            return def;
        } finally {
            inProgress.remove(name);
        }
    }

    private Syntax derive(XmlElement e, String name) {
        String base = e.attr("base");
        SyntaxDraft draft = base == null ? null : SyntaxDraft.from(resolve(base, e).syntax());
        for (XmlElement c : e.children) {
            BaseType t = BaseType.fromXml(c.name);
            if (t != null) {
                draft = draft == null ? SyntaxDraft.of(t) : draft.baseType(t);
                draft.applyFacets(c, false);
            }
        }
        if (draft == null) {
            // a refinement without base element or base type: BBF tools treat it as a string
            draft = SyntaxDraft.of(BaseType.STRING);
        }
        XmlElement list = e.child("list");
        if (list != null) {
            draft.list(SyntaxDraft.listSyntax(list));
        }
        draft.applyFacets(e, false);
        return draft.dataType(name).build();
    }
}
