package org.homegw.cwmp.client.internal.session;

import java.util.Optional;

import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;

/**
 * CWMP version negotiation from the CPE side: the Inform is sent in the namespace of the offered
 * version, with SupportedCWMPVersions when that is 1.4; the session then speaks what the ACS chose —
 * its UseCWMPVersion header, or without it the version of its InformResponse's namespace — never
 * more than offered. An ACS that rejects the offer (fault 8006, or a SOAP fault without CWMP detail,
 * as 1-0-only ACSes answer an unknown namespace) gets the next lower namespace: 1-2, 1-1, 1-0.
 */
public final class VersionNegotiation {

    /** Every version we speak, for the SupportedCWMPVersions header. */
    public static final String SUPPORTED = "1.0,1.1,1.2,1.3,1.4";

    private VersionNegotiation() {
    }

    public static CwmpVersion chosen(CwmpVersion offered, Envelope informResponse) {
        String use = informResponse.header().useCwmpVersion();
        CwmpVersion acs = use == null ? informResponse.version()
                : CwmpVersion.ofLabel(use).orElse(informResponse.version());
        return acs.compareTo(offered) <= 0 ? acs : offered;
    }

    /** The next lower offer, with a different namespace; empty below 1.0. */
    public static Optional<CwmpVersion> lower(CwmpVersion offered) {
        if (offered.atLeast(CwmpVersion.V1_2)) {
            return Optional.of(CwmpVersion.V1_1);
        }
        return offered == CwmpVersion.V1_1 ? Optional.of(CwmpVersion.V1_0) : Optional.empty();
    }

    /** The first CWMP version that defines a CPE-to-ACS request (schema sections, digest (a)). */
    public static CwmpVersion since(org.homegw.cwmp.message.CwmpRequest request) {
        if (request instanceof org.homegw.cwmp.message.DUStateChangeComplete
                || request instanceof org.homegw.cwmp.message.AutonomousDUStateChangeComplete) {
            return CwmpVersion.V1_2;
        }
        return request instanceof org.homegw.cwmp.message.AutonomousTransferComplete ? CwmpVersion.V1_1 : CwmpVersion.V1_0;
    }

    /** Whether the version headers of CWMP 1.3/1.4 may be written in an envelope of this version. */
    public static boolean hasVersionHeaders(CwmpVersion v) {
        return v == CwmpVersion.V1_4;
    }
}
