package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * One argument of a vendor ({@code X_...}) method or of its response, as a simple name → value
 * tree: a leaf has a text value and no children; a structure has children (and an empty value).
 * Attributes ({@code xsi:type}, {@code arrayType}) are not kept: vendor methods have no schema to
 * interpret them by.
 *
 * @param name the element's local name (written unqualified, as every CWMP argument)
 * @param value the text of a leaf ("" for a structure)
 * @param children the nested arguments, in document order
 */
public record VendorArgument(String name, String value, List<VendorArgument> children) {

    public VendorArgument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        children = List.copyOf(children);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("not an XML element name: '" + name + "'");
        }
        if (!children.isEmpty() && !value.isEmpty()) {
            throw new IllegalArgumentException("argument " + name + " has both a value and children");
        }
    }

    /** A leaf argument. */
    public static VendorArgument of(String name, String value) {
        return new VendorArgument(name, value, List.of());
    }

    /** A structure argument. */
    public static VendorArgument struct(String name, VendorArgument... children) {
        return new VendorArgument(name, "", List.of(children));
    }

    /** The first direct child with this name, if any. */
    public java.util.Optional<VendorArgument> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }
}
