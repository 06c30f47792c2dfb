package org.homegw.labacs.auth;

/** How a server part of the lab ACS authenticates its clients. */
public enum AuthScheme {
    /** No authentication (the default). */
    NONE,
    /** RFC 7617 Basic. */
    BASIC,
    /** RFC 7616 Digest with qop=auth, offered as SHA-256 and MD5. */
    DIGEST
}
