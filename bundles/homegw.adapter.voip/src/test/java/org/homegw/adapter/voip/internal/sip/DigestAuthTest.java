package org.homegw.adapter.voip.internal.sip;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;

public class DigestAuthTest {

    @Test
    public void response_matches_the_rfc_2617_example() {
        // RFC 2617 section 3.5
        assertEquals("6629fae49393a05397450978507c4ef1", DigestAuth.response("Mufasa", "testrealm@host.com",
                "Circle Of Life", "GET", "/dir/index.html", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "auth", "00000001",
                "0a4f113b"));
    }

    @Test
    public void challenge_parameters_quoted_or_not() {
        Map<String, String> c = DigestAuth.parseChallenge(
                "Digest realm=\"sip.example.net\", nonce=\"Yx, 1\", qop=\"auth,auth-int\", algorithm=MD5, stale=FALSE");
        assertEquals("sip.example.net", c.get("realm"));
        assertEquals("Yx, 1", c.get("nonce"));
        assertEquals("auth,auth-int", c.get("qop"));
        assertEquals("MD5", c.get("algorithm"));
        assertTrue(DigestAuth.parseChallenge("Basic realm=\"x\"").isEmpty());
    }
}
