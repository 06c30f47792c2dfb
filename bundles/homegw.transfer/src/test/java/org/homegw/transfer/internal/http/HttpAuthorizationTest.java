package org.homegw.transfer.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class HttpAuthorizationTest {

    @Test
    public void digest_response_matches_the_rfc_2617_example() {
        Map<String, String> challenge = HttpAuthorization.params("realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
        String h = HttpAuthorization.digest(challenge, new Credentials("Mufasa", "Circle Of Life"), "GET",
                "/dir/index.html", "0a4f113b");
        assertTrue(h, h.contains("response=\"6629fae49393a05397450978507c4ef1\""));
        assertTrue(h, h.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""));
        assertTrue(h, h.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""));
    }

    @Test
    public void prefers_digest_over_basic() {
        String h = new HttpAuthorization(new SecureRandom()).answer(List.of("Basic realm=\"x\"",
                "Digest realm=\"x\", nonce=\"n\", qop=\"auth\""), new Credentials("u", "p"), "GET", "/f").orElseThrow();
        assertTrue(h, h.startsWith("Digest "));
    }

    @Test
    public void refuses_unknown_digest_algorithms_and_schemes() {
        HttpAuthorization auth = new HttpAuthorization(new SecureRandom());
        assertTrue(auth.answer(List.of("Digest realm=\"x\", nonce=\"n\", algorithm=SHA-512-256"), new Credentials("u", "p"),
                "GET", "/f").isEmpty());
        assertTrue(auth.answer(List.of("Negotiate"), new Credentials("u", "p"), "GET", "/f").isEmpty());
    }

    @Test
    public void basic_answer_encodes_user_and_password() {
        assertEquals("Basic dTpw", new HttpAuthorization(new SecureRandom())
                .answer(List.of("Basic realm=\"files\""), new Credentials("u", "p"), "GET", "/").orElseThrow());
    }
}
