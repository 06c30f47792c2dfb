package org.homegw.cwmp.message;

import java.util.Objects;

/** The URL to redirect the browser to. */
public record KickedResponse(String nextUrl) implements CwmpResponse {
    public KickedResponse {
        Objects.requireNonNull(nextUrl, "nextUrl");
    }
}
