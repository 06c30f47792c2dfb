package org.homegw.datamodel.definitions;

import java.util.List;

/**
 * What a string (or unsignedInt) parameter refers to: a path, an instance number, or the values of
 * another (list-valued) parameter. Paths are kept as written in the XML (they may be relative, e.g.
 * {@code #.Interface.}, or use {@code {i}}).
 */
public sealed interface Reference permits Reference.PathRef, Reference.InstanceRef, Reference.EnumerationRef {

    /**
     * {@code <pathRef>}: the value is the path name of an object or parameter.
     *
     * @param targetParents allowed parent objects of the target (empty = anywhere)
     * @param strong        true for {@code refType="strong"} (the CPE clears the value when the target goes away)
     * @param targetType    {@code any}, {@code parameter}, {@code object}, {@code single}, {@code table} or {@code row}
     */
    record PathRef(List<String> targetParents, boolean strong, String targetType) implements Reference {
        public PathRef {
            targetParents = List.copyOf(targetParents);
        }
    }

    /**
     * {@code <instanceRef>}: the value is an instance number of the table {@code targetParent}.
     *
     * @param targetParent the referenced table
     * @param strong       true for {@code refType="strong"}
     */
    record InstanceRef(String targetParent, boolean strong) implements Reference {
    }

    /**
     * {@code <enumerationRef>}: the allowed values are those of another (list-valued) parameter.
     *
     * @param targetParam the parameter holding the allowed values (may be relative)
     * @param nullValue   value meaning "none" that is always allowed, or null
     */
    record EnumerationRef(String targetParam, String nullValue) implements Reference {
    }
}
