package org.homegw.labacs;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.Envelope;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.labacs.auth.Credentials;
import org.homegw.labacs.auth.DigestClient;

/**
 * A scripted CPE for tests: posts exactly the envelopes a test gives it, keeps the ACS's cookies,
 * answers Digest/Basic challenges when it has credentials, and decodes what the ACS answers.
 */
final class FakeCpe {

    /** What the ACS answered to one POST. */
    record Reply(int status, HttpResponse<byte[]> http, List<Envelope> envelopes) {
        CwmpMessage message(int i) {
            return envelopes.get(i).first();
        }

        CwmpHeader header(int i) {
            return envelopes.get(i).header();
        }
    }

    final DeviceIdStruct id;
    final HttpClient http;
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    URI url;
    Credentials credentials;
    Duration timeout = Duration.ofSeconds(20);
    boolean sendCookies = true;
    private final CwmpEncoder encoder = new CwmpEncoder();
    private final CwmpDecoder decoder = new CwmpDecoder();
    private final DigestClient digest = new DigestClient();
    private int ids;

    FakeCpe(URI acsUrl, String serial) {
        this(acsUrl, serial, null);
    }

    /** A CPE using this TLS context for https URLs (null = the JDK default). */
    FakeCpe(URI acsUrl, String serial, javax.net.ssl.SSLContext tls) {
        this.url = acsUrl;
        this.id = new DeviceIdStruct("homegw", "00D09E", "HGW", serial);
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            b.sslContext(tls);
        }
        this.http = b.build();
    }

    String nextId() {
        return "cpe-" + (++ids);
    }

    Inform inform(long maxEnvelopes, String... eventCodes) {
        return inform(maxEnvelopes, List.of(), eventCodes);
    }

    Inform inform(long maxEnvelopes, List<ParameterValueStruct> extra, String... eventCodes) {
        List<EventStruct> events = new ArrayList<>();
        for (String e : eventCodes) {
            events.add(new EventStruct(e, ""));
        }
        List<ParameterValueStruct> params = new ArrayList<>();
        params.add(ParameterValueStruct.ofString("Device.DeviceInfo.SoftwareVersion", "0.1.0"));
        params.addAll(extra);
        return new Inform(id, events, maxEnvelopes, CwmpDateTime.of(java.time.Instant.now()), 0, params);
    }

    /** Posts an Inform in CWMP 1.4 offering 1.0–1.4. */
    Reply postInform(Inform inform) throws IOException, InterruptedException {
        return post(new Envelope(CwmpVersion.V1_4, CwmpHeader.ofId(nextId())
                .withSupportedCwmpVersions("1.0,1.1,1.2,1.3,1.4"), List.of(inform)));
    }

    Reply post(CwmpVersion version, String id, CwmpMessage message) throws IOException, InterruptedException {
        return post(Envelope.of(version, id, message));
    }

    Reply post(Envelope... envelopes) throws IOException, InterruptedException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        encoder.encodeAll(List.of(envelopes), out);
        return postBytes(out.toByteArray());
    }

    Reply postEmpty() throws IOException, InterruptedException {
        return postBytes(new byte[0]);
    }

    Reply postBytes(byte[] body) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(body, null);
        if (r.statusCode() == 401 && credentials != null) {
            DigestClient.Answer a = digest.answer(r.headers().allValues("WWW-Authenticate"), credentials, "POST",
                    url.getRawPath());
            if (a != null) {
                r = send(body, a.authorization());
            }
        }
        List<Envelope> envelopes = List.of();
        if (r.statusCode() == 200 && r.body().length > 0) {
            try {
                envelopes = decoder.decodeAll(r.body());
            } catch (DecodeException e) {
                throw new IOException("ACS answer not decodable: " + e.getMessage(), e);
            }
        }
        return new Reply(r.statusCode(), r, envelopes);
    }

    HttpResponse<byte[]> send(byte[] body, String authorization) throws IOException, InterruptedException {
        if (!sendCookies) {
            cookies.getCookieStore().removeAll();
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
