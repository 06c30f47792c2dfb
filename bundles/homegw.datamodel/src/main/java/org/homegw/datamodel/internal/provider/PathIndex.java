package org.homegw.datamodel.internal.provider;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registrations of one {@link ProviderTable} snapshot arranged by path segment, so a lookup
 * visits the few registrations near a path instead of all of them (the registry asks for every
 * object instance it reads). Instance numbers and "{i}" fold into one key, so the index only
 * narrows the search: callers still test each registration it yields with the exact
 * {@link ProviderRegistration} predicate, which keeps the matching rules in one place. Paths with
 * unusual segments (a "{" or "}" anywhere but a whole "{i}" segment) are not indexed: such
 * registrations are always yielded, and such lookup paths answer {@code null} (scan everything).
 */
final class PathIndex {

    private static final String INSTANCE = "{i}";

    /** One path segment: who owns it and who owns something at or below it. */
    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        /** Registrations with an object path ending here ("A.B." at node B). */
        final BitSet objectOwners = new BitSet();
        /** Registrations with a parameter path ending here ("A.B" at node B). */
        final BitSet parameterOwners = new BitSet();
        /** Registrations with a parameter path ending at a child of this node. */
        final BitSet childParameterOwners = new BitSet();
        /** Registrations with any path ending at this node or below it. */
        final BitSet subtree = new BitSet();
        /** The children as arrays, filled once the index is built: looked up without a substring. */
        String[] keys = new String[0];
        Node[] nodes = new Node[0];

        void freeze() {
            keys = children.keySet().toArray(new String[0]);
            nodes = new Node[keys.length];
            for (int i = 0; i < keys.length; i++) {
                nodes[i] = children.get(keys[i]);
                nodes[i].freeze();
            }
        }

        /** The child for the segment {@code path[start, end)}, null when there is none. */
        Node child(String path, int start, int end) {
            if (isInstance(path, start, end)) {
                return children.get(INSTANCE);
            }
            int length = end - start;
            for (int i = 0; i < keys.length; i++) {
                String k = keys[i];
                if (k.length() == length && path.regionMatches(start, k, 0, length)) {
                    return nodes[i];
                }
            }
            return null;
        }
    }

    private final Node root = new Node();
    /** Registrations with a path the index cannot place: yielded for every lookup. */
    private final BitSet unindexed = new BitSet();

    /** @param registrations the snapshot, in its order; bit i stands for registrations.get(i) */
    PathIndex(List<ProviderRegistration> registrations) {
        for (int i = 0; i < registrations.size(); i++) {
            for (String own : registrations.get(i).paths()) {
                List<String> segments = segments(own);
                if (segments == null) {
                    unindexed.set(i);
                    continue;
                }
                Node node = root;
                Node parent = null;
                node.subtree.set(i);
                for (String s : segments) {
                    parent = node;
                    node = node.children.computeIfAbsent(s, k -> new Node());
                    node.subtree.set(i);
                }
                if (own.endsWith(".")) {
                    node.objectOwners.set(i);
                } else {
                    node.parameterOwners.set(i);
                    if (parent != null) {
                        parent.childParameterOwners.set(i);
                    }
                }
            }
        }
        root.freeze();
    }

    /** Registrations that may own {@code path} (object owners along it, owners of the path itself). */
    BitSet owning(String path) {
        BitSet out = (BitSet) unindexed.clone();
        Node node = walk(path, out);
        if (node == null) {
            return null;
        }
        if (node != ABSENT) {
            out.or(node.parameterOwners);
        }
        return out;
    }

    /** Registrations that may have a parameter path equal to {@code parameterPath}. */
    BitSet owningParameter(String parameterPath) {
        Node node = find(parameterPath);
        if (node == ABSENT) {
            return (BitSet) unindexed.clone();
        }
        if (node == null) {
            return null;
        }
        BitSet out = (BitSet) unindexed.clone();
        out.or(node.parameterOwners);
        return out;
    }

    /** Registrations that may own the object {@code objectPath} or something inside it. */
    BitSet reaching(String objectPath) {
        if (!objectPath.endsWith(".")) {
            return null; // a prefix that is no whole segment: left to the exact scan
        }
        if (!plain(objectPath)) {
            BitSet out = owning(objectPath);
            if (out == null) {
                return null;
            }
            Node node = find(objectPath);
            if (node != ABSENT) {
                out.or(node.subtree);
            }
            return out;
        }
        // owning() and the subtree of the path's node in one walk
        BitSet out = (BitSet) unindexed.clone();
        Node node = root;
        int start = 0;
        int length = objectPath.length();
        while (start < length) {
            int dot = objectPath.indexOf('.', start);
            node = node.child(objectPath, start, dot);
            if (node == null) {
                return out;
            }
            out.or(node.objectOwners);
            start = dot + 1;
        }
        out.or(node.parameterOwners);
        out.or(node.subtree);
        return out;
    }

    /** Registrations that may have a path inside the object {@code objectPath}. */
    BitSet below(String objectPath) {
        if (!objectPath.endsWith(".")) {
            return null;
        }
        Node node = find(objectPath);
        if (node == null) {
            return null;
        }
        BitSet out = (BitSet) unindexed.clone();
        if (node != ABSENT) {
            out.or(node.subtree);
        }
        return out;
    }

    /** Registrations that may own a single parameter of the object {@code objectPath}. */
    BitSet parametersIn(String objectPath) {
        if (!objectPath.endsWith(".")) {
            return null;
        }
        Node node = find(objectPath);
        if (node == null) {
            return null;
        }
        BitSet out = (BitSet) unindexed.clone();
        if (node != ABSENT) {
            out.or(node.childParameterOwners);
        }
        return out;
    }

    private static final Node ABSENT = new Node();

    /** The node of {@code path}; {@link #ABSENT} when nothing is indexed there, null when not indexable. */
    private Node find(String path) {
        return walk(path, null);
    }

    /**
     * {@link #find}, adding the object owners of every node passed (the path's own node included) to
     * {@code objectOwners} when it is not null. A plain path is walked in place (no segment list:
     * this is the registry's lookup on every read).
     */
    private Node walk(String path, BitSet objectOwners) {
        Node node = root;
        if (plain(path)) {
            int start = 0;
            int length = path.length();
            while (start < length) {
                int dot = path.indexOf('.', start);
                int end = dot < 0 ? length : dot;
                node = node.child(path, start, end);
                if (node == null) {
                    return ABSENT;
                }
                if (objectOwners != null) {
                    objectOwners.or(node.objectOwners);
                }
                start = end + 1;
            }
            return node;
        }
        List<String> segments = segments(path);
        if (segments == null) {
            return null;
        }
        for (String s : segments) {
            node = node.children.get(s);
            if (node == null) {
                return ABSENT;
            }
            if (objectOwners != null) {
                objectOwners.or(node.objectOwners);
            }
        }
        return node;
    }

    /** A path without "{" or "}": every segment is a name or an instance number, walked in place. */
    private static boolean plain(String path) {
        return path.indexOf('{') < 0 && path.indexOf('}') < 0;
    }

    /**
     * The index keys of a path: its segments without the trailing empty one of an object path, with
     * instance numbers and "{i}" folded to "{i}"; null when a segment holds "{" or "}" otherwise.
     */
    static List<String> segments(String path) {
        List<String> out = new ArrayList<>(8);
        int start = 0;
        int length = path.length();
        while (start < length) {
            int dot = path.indexOf('.', start);
            int end = dot < 0 ? length : dot;
            String segment = path.substring(start, end);
            if (isInstance(segment)) {
                out.add(INSTANCE);
            } else if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                return null;
            } else {
                out.add(segment);
            }
            start = end + 1;
        }
        return out;
    }

    private static boolean isInstance(String segment) {
        return isInstance(segment, 0, segment.length());
    }

    /** The segment {@code path[start, end)} is "{i}" or an instance number (digits). */
    private static boolean isInstance(String path, int start, int end) {
        if (start == end) {
            return false;
        }
        if (end - start == INSTANCE.length() && path.startsWith(INSTANCE, start)) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(path.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
