package org.homegw.cwmp.message;

/**
 * The CWMP SOAP header elements. Every component is null when the element is absent.
 *
 * @param id the {@code cwmp:ID} (a response echoes the ID of its request); written with
 *           {@code mustUnderstand="1"}
 * @param holdRequests {@code cwmp:HoldRequests} (ACS to CPE): while true the CPE sends no requests
 * @param noMoreRequests {@code cwmp:NoMoreRequests}, deprecated and in no schema: tolerated on
 *           input; the encoder writes it only when set
 * @param sessionTimeout {@code cwmp:SessionTimeout} in seconds (CWMP 1.3+, in the Inform)
 * @param supportedCwmpVersions {@code cwmp:SupportedCWMPVersions}, e.g. {@code "1.0,1.1,1.2,1.3,1.4"}
 *           (CWMP 1.4, CPE to ACS in the Inform)
 * @param useCwmpVersion {@code cwmp:UseCWMPVersion}, e.g. {@code "1.2"} (CWMP 1.4, ACS to CPE in
 *           the InformResponse)
 */
public record CwmpHeader(String id, Boolean holdRequests, Boolean noMoreRequests, Long sessionTimeout,
        String supportedCwmpVersions, String useCwmpVersion) {

    /** A header with no elements. */
    public static final CwmpHeader EMPTY = new CwmpHeader(null, null, null, null, null, null);

    /** A header carrying only an ID. */
    public static CwmpHeader ofId(String id) {
        return new CwmpHeader(id, null, null, null, null, null);
    }

    /** This header with another ID. */
    public CwmpHeader withId(String newId) {
        return new CwmpHeader(newId, holdRequests, noMoreRequests, sessionTimeout, supportedCwmpVersions,
                useCwmpVersion);
    }

    /** This header with HoldRequests set. */
    public CwmpHeader withHoldRequests(boolean hold) {
        return new CwmpHeader(id, hold, noMoreRequests, sessionTimeout, supportedCwmpVersions, useCwmpVersion);
    }

    /** This header with SessionTimeout set. */
    public CwmpHeader withSessionTimeout(long seconds) {
        return new CwmpHeader(id, holdRequests, noMoreRequests, seconds, supportedCwmpVersions, useCwmpVersion);
    }

    /** This header with SupportedCWMPVersions set. */
    public CwmpHeader withSupportedCwmpVersions(String versions) {
        return new CwmpHeader(id, holdRequests, noMoreRequests, sessionTimeout, versions, useCwmpVersion);
    }

    /** This header with UseCWMPVersion set. */
    public CwmpHeader withUseCwmpVersion(String version) {
        return new CwmpHeader(id, holdRequests, noMoreRequests, sessionTimeout, supportedCwmpVersions, version);
    }

    /** Whether HoldRequests is present and true. */
    public boolean isHoldRequests() {
        return Boolean.TRUE.equals(holdRequests);
    }

    /** Whether no header element is present. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
