package org.homegw.diagnostics.internal.transfer;

import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.homegw.diagnostics.internal.core.Harness;

/** The TR-143 time stamps a download or upload diagnostic reports, as the tests read and check them. */
final class Tr143Times {

    private Tr143Times() {
    }

    /** The time stamp {@code name} of {@code object} ("" for the test's own, or a PerConnectionResult row). */
    static Instant time(Harness h, String object, String name) {
        return Instant.parse(h.read(object, name));
    }

    /**
     * TCPOpenRequestTime ≤ TCPOpenResponseTime ≤ ROMTime ≤ BOMTime ≤ EOMTime (for FTP: the data
     * connection opens before RETR/STOR is sent, then the first and last byte).
     */
    static void assertInOrder(Harness h, String object) {
        Instant tcpReq = time(h, object, "TCPOpenRequestTime");
        Instant tcpResp = time(h, object, "TCPOpenResponseTime");
        Instant rom = time(h, object, "ROMTime");
        Instant bom = time(h, object, "BOMTime");
        Instant eom = time(h, object, "EOMTime");
        assertTrue(object + " times in order: " + List.of(tcpReq, tcpResp, rom, bom, eom),
                !tcpReq.isAfter(tcpResp) && !tcpResp.isAfter(rom) && !rom.isAfter(bom) && !bom.isAfter(eom));
    }
}
