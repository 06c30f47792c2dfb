package org.homegw.cwmp.connreq.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A response with an empty body: status, extra header lines ("Name: value"), and whether to close. */
record HttpResponse(int status, List<String> headers, boolean close) {

    HttpResponse {
        headers = List.copyOf(headers);
    }

    static HttpResponse of(int status) {
        return new HttpResponse(status, List.of(), false);
    }

    HttpResponse closing() {
        return new HttpResponse(status, headers, true);
    }

    byte[] encode() {
        StringBuilder sb = new StringBuilder(128);
        sb.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        sb.append("Content-Length: 0\r\n");
        if (close) {
            sb.append("Connection: close\r\n");
        }
        sb.append("\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status";
        };
    }
}
