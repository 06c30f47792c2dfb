package org.homegw.labacs;

import java.util.Optional;
import java.util.Set;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpVersion;

/**
 * Chooses the CWMP version of a session from the Inform (CWMP 1.4 negotiation): with
 * SupportedCWMPVersions, the highest version both sides speak (none in common: fault 8006);
 * without it, or when the ACS ignores the headers, the version of the Inform's namespace if the
 * ACS speaks it, else the ACS's highest version below it (else its lowest) — as a legacy
 * "1-0 only" ACS answers in cwmp-1-0 whatever it receives.
 */
final class VersionNegotiator {

    /** The outcome: the version, and whether to answer with UseCWMPVersion. */
    record Choice(CwmpVersion version, boolean useHeader) {
    }

    private final Set<CwmpVersion> acsVersions;
    private final boolean versionHeaders;

    VersionNegotiator(Set<CwmpVersion> acsVersions, boolean versionHeaders) {
        this.acsVersions = acsVersions;
        this.versionHeaders = versionHeaders;
    }

    /** The version to use, or empty when the CPE offered versions and none is spoken by the ACS. */
    Optional<Choice> choose(CwmpVersion informNamespaceVersion, CwmpHeader header) {
        String offered = header.supportedCwmpVersions();
        if (versionHeaders && offered != null && !offered.isBlank()) {
            CwmpVersion best = null;
            for (String label : offered.split(",")) {
                Optional<CwmpVersion> v = CwmpVersion.ofLabel(label);
                if (v.isPresent() && acsVersions.contains(v.get()) && (best == null || v.get().atLeast(best))) {
                    best = v.get();
                }
            }
            return best == null ? Optional.empty() : Optional.of(new Choice(best, true));
        }
        if (acsVersions.contains(informNamespaceVersion)) {
            return Optional.of(new Choice(informNamespaceVersion, false));
        }
        CwmpVersion below = null;
        CwmpVersion lowest = null;
        for (CwmpVersion v : acsVersions) {
            if (!v.atLeast(informNamespaceVersion) && (below == null || v.atLeast(below))) {
                below = v;
            }
            if (lowest == null || !v.atLeast(lowest)) {
                lowest = v;
            }
        }
        return Optional.of(new Choice(below != null ? below : lowest, false));
    }
}
