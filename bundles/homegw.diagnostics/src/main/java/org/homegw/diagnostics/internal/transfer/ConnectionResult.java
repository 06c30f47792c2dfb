package org.homegw.diagnostics.internal.transfer;

import java.time.Instant;

/**
 * What one TR-143 test connection measured: TCP open request (SYN sent) and response (connected),
 * ROM (request sent), BOM (first payload byte), EOM (last byte), the test bytes moved including HTTP
 * headers, and the IP-layer bytes the interface counted between request and end (-1 when unknown).
 */
public record ConnectionResult(Instant tcpOpenRequest, Instant tcpOpenResponse, Instant rom, Instant bom,
        Instant eom, long testBytes, long interfaceBytesReceived, long interfaceBytesSent, String localAddress) {
}
