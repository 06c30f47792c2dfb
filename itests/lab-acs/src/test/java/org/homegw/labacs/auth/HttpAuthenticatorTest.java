package org.homegw.labacs.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class HttpAuthenticatorTest {

    private final DigestClient client = new DigestClient();

    @Test
    public void md5_and_sha256_responses_match_rfc7616_examples() {
        String nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
        String cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        assertEquals("8ca523f5e9506fed4657c9700eebdbec", DigestAlgorithm.MD5.response("Mufasa",
                "http-auth@example.org", "Circle of Life", "MD5", "GET", "/dir/index.html", nonce,
                "00000001", cnonce, "auth"));
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                DigestAlgorithm.SHA_256.response("Mufasa", "http-auth@example.org", "Circle of Life", "SHA-256",
                        "GET", "/dir/index.html", nonce, "00000001", cnonce, "auth"));
    }

    @Test
    public void accepts_digest_answer_to_its_own_challenge_with_each_algorithm() {
        for (DigestAlgorithm a : DigestAlgorithm.values()) {
            HttpAuthenticator auth = new HttpAuthenticator(AuthPolicy.digest("cpe", "s3cret", List.of(a)));
            HttpAuthenticator.Challenge c = (HttpAuthenticator.Challenge) auth.check("POST", "/acs", null);
            assertTrue(c.wwwAuthenticate().get(0).contains("algorithm=" + a.token()));
            DigestClient.Answer answer = client.answer(c.wwwAuthenticate(), new Credentials("cpe", "s3cret"),
                    "POST", "/acs");
            assertEquals(a.token(), answer.algorithm());
            assertEquals(new HttpAuthenticator.Accepted("cpe"), auth.check("POST", "/acs", answer.authorization()));
        }
    }

    @Test
    public void rejects_wrong_password_and_replayed_nonce_count() {
        HttpAuthenticator auth = new HttpAuthenticator(AuthPolicy.digest("cpe", "s3cret"));
        HttpAuthenticator.Challenge c = (HttpAuthenticator.Challenge) auth.check("POST", "/acs", null);
        assertEquals(2, c.wwwAuthenticate().size());
        DigestClient.Answer wrong = client.answer(c.wwwAuthenticate(), new Credentials("cpe", "guess"), "POST", "/acs");
        assertTrue(auth.check("POST", "/acs", wrong.authorization()) instanceof HttpAuthenticator.Challenge);

        DigestClient.Answer right = client.answer(c.wwwAuthenticate(), new Credentials("cpe", "s3cret"), "POST", "/acs");
        assertTrue(auth.check("POST", "/acs", right.authorization()) instanceof HttpAuthenticator.Accepted);
        HttpAuthenticator.Verdict replay = auth.check("POST", "/acs", right.authorization());
        assertTrue(replay instanceof HttpAuthenticator.Challenge);
        assertTrue(((HttpAuthenticator.Challenge) replay).wwwAuthenticate().get(0).contains("stale=true"));
    }

    @Test
    public void rejects_digest_for_another_uri_or_an_unknown_nonce() {
        HttpAuthenticator auth = new HttpAuthenticator(AuthPolicy.digest("cpe", "pw"));
        HttpAuthenticator.Challenge c = (HttpAuthenticator.Challenge) auth.check("POST", "/acs", null);
        DigestClient.Answer other = client.answer(c.wwwAuthenticate(), new Credentials("cpe", "pw"), "POST", "/other");
        assertTrue(auth.check("POST", "/acs", other.authorization()) instanceof HttpAuthenticator.Challenge);

        HttpAuthenticator foreign = new HttpAuthenticator(AuthPolicy.digest("cpe", "pw"));
        HttpAuthenticator.Challenge fc = (HttpAuthenticator.Challenge) foreign.check("POST", "/acs", null);
        DigestClient.Answer a = client.answer(fc.wwwAuthenticate(), new Credentials("cpe", "pw"), "POST", "/acs");
        assertTrue(auth.check("POST", "/acs", a.authorization()) instanceof HttpAuthenticator.Challenge);
    }

    @Test
    public void basic_accepts_only_the_configured_pair() {
        HttpAuthenticator auth = new HttpAuthenticator(AuthPolicy.basic("cpe", "pw"));
        HttpAuthenticator.Challenge c = (HttpAuthenticator.Challenge) auth.check("POST", "/acs", null);
        assertTrue(c.wwwAuthenticate().get(0).startsWith("Basic realm="));
        assertEquals(new HttpAuthenticator.Accepted("cpe"),
                auth.check("POST", "/acs", DigestClient.basic(new Credentials("cpe", "pw"))));
        assertTrue(auth.check("POST", "/acs", DigestClient.basic(new Credentials("cpe", "pW")))
                instanceof HttpAuthenticator.Challenge);
        assertTrue(auth.check("POST", "/acs", "Basic !!!") instanceof HttpAuthenticator.Challenge);
    }

    @Test
    public void parses_quoted_parameters_with_commas_and_escapes() {
        AuthParams p = AuthParams.parse("Digest realm=\"a, \\\"b\\\"\", qop=\"auth,auth-int\", nonce=xyz");
        assertNotNull(p);
        assertEquals("a, \"b\"", p.get("realm"));
        assertEquals("auth,auth-int", p.get("qop"));
        assertEquals("xyz", p.get("NONCE"));
    }
}
