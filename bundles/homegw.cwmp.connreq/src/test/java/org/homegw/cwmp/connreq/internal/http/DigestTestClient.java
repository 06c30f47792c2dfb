package org.homegw.cwmp.connreq.internal.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A minimal HTTP/1.1 digest client over a raw socket, so tests control nonce counts and replays. */
final class DigestTestClient {

    record Response(int status, List<String> headers) {
        List<String> challenges() {
            return headers.stream().filter(h -> h.regionMatches(true, 0, "WWW-Authenticate:", 0, 17))
                    .map(h -> h.substring(17).trim()).toList();
        }

        Map<String, String> challenge(String algorithm) {
            for (String c : challenges()) {
                Map<String, String> p = AuthParams.parse(c.substring(c.indexOf(' ') + 1)).orElseThrow();
                if (algorithm.equals(p.get("algorithm"))) {
                    return p;
                }
            }
            throw new AssertionError("no " + algorithm + " challenge in " + headers);
        }

        boolean hasHeader(String prefix) {
            return headers.stream().anyMatch(h -> h.regionMatches(true, 0, prefix, 0, prefix.length()));
        }
    }

    private DigestTestClient() {
    }

    static Response send(int port, String method, String target, String authorization) throws IOException {
        StringBuilder req = new StringBuilder();
        req.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (authorization != null) {
            req.append("Authorization: ").append(authorization).append("\r\n");
        }
        req.append("Connection: close\r\n\r\n");
        return sendRaw(port, req.toString());
    }

    static Response sendRaw(int port, String request) throws IOException {
        return sendRaw(null, port, request);
    }

    /** Sends from the given local address (e.g. 127.0.0.2 to act as another peer); null lets the OS pick. */
    static Response sendRaw(InetAddress from, int port, String request) throws IOException {
        try (Socket s = from == null ? new Socket(InetAddress.getLoopbackAddress(), port)
                : new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            if (status == null) {
                throw new IOException("no response");
            }
            List<String> headers = new ArrayList<>();
            for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                headers.add(h);
            }
            return new Response(Integer.parseInt(status.split(" ")[1]), headers);
        }
    }

    static String authorization(Map<String, String> challenge, String user, String password, String method,
            String uri, int nc, String cnonce) {
        String algorithm = challenge.get("algorithm");
        String javaAlg = algorithm.equals("SHA-256") ? "SHA-256" : "MD5";
        String ncHex = String.format("%08x", nc);
        String ha1 = DigestAuthenticator.hash(javaAlg, user + ":" + challenge.get("realm") + ":" + password);
        String ha2 = DigestAuthenticator.hash(javaAlg, method + ":" + uri);
        String response = DigestAuthenticator.hash(javaAlg,
                ha1 + ":" + challenge.get("nonce") + ":" + ncHex + ":" + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + user + "\", realm=\"" + challenge.get("realm") + "\", nonce=\""
                + challenge.get("nonce") + "\", uri=\"" + uri + "\", algorithm=" + algorithm + ", response=\""
                + response + "\", qop=auth, nc=" + ncHex + ", cnonce=\"" + cnonce + "\", opaque=\""
                + challenge.get("opaque") + "\"";
    }
}
