package org.homegw.cwmp.message;

import java.util.Optional;

/**
 * A CWMP protocol version and the SOAP namespace its messages use. From 1.2 on the namespace
 * stays {@code urn:dslforum-org:cwmp-1-2}; the version spoken is negotiated with the
 * {@code SupportedCWMPVersions} / {@code UseCWMPVersion} headers.
 */
public enum CwmpVersion {
    V1_0("1.0", "urn:dslforum-org:cwmp-1-0"),
    V1_1("1.1", "urn:dslforum-org:cwmp-1-1"),
    V1_2("1.2", "urn:dslforum-org:cwmp-1-2"),
    V1_3("1.3", "urn:dslforum-org:cwmp-1-2"),
    V1_4("1.4", "urn:dslforum-org:cwmp-1-2");

    /** Prefix shared by every CWMP namespace; the decoder accepts any namespace that starts with it. */
    public static final String NAMESPACE_PREFIX = "urn:dslforum-org:cwmp-";

    private final String label;
    private final String namespace;

    CwmpVersion(String label, String namespace) {
        this.label = label;
        this.namespace = namespace;
    }

    /** The version as written in the version headers, e.g. {@code "1.4"}. */
    public String label() {
        return label;
    }

    /** The SOAP namespace of the {@code cwmp} elements in this version. */
    public String namespace() {
        return namespace;
    }

    /** Whether this version is at least {@code other}. */
    public boolean atLeast(CwmpVersion other) {
        return compareTo(other) >= 0;
    }

    /** The version with the given label ({@code "1.0"} … {@code "1.4"}), if it is one of ours. */
    public static Optional<CwmpVersion> ofLabel(String label) {
        String trimmed = label == null ? "" : label.trim();
        for (CwmpVersion v : values()) {
            if (v.label.equals(trimmed)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The lowest version that uses the given namespace: 1-0 gives 1.0, 1-1 gives 1.1, 1-2 gives 1.2.
     * A later, unknown {@code cwmp-1-N} namespace is read as 1.2 (the newest namespace we know).
     */
    public static Optional<CwmpVersion> ofNamespace(String namespace) {
        if (namespace == null || !namespace.startsWith(NAMESPACE_PREFIX + "1-")) {
            return Optional.empty();
        }
        switch (namespace.substring(NAMESPACE_PREFIX.length())) {
            case "1-0":
                return Optional.of(V1_0);
            case "1-1":
                return Optional.of(V1_1);
            default:
                return Optional.of(V1_2);
        }
    }
}
