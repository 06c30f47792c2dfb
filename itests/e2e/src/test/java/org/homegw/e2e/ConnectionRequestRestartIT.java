package org.homegw.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.homegw.labacs.LogEntry;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The Connection Request component restarting after start (a deploy/*.cfg applied by FileInstall)
 * publishes its new URL before the registry attaches to it: the registry must still report it (as a
 * value change of the forced-active ConnectionRequestURL) so the ACS can reach the gateway.
 */
public class ConnectionRequestRestartIT {

    private static final String URL = "ManagementServer.ConnectionRequestURL";

    @ClassRule
    public static final E2eGateway GW = E2eGateway.standard();

    @Test
    public void a_connreq_configuration_dropped_after_start_moves_the_url_and_the_acs_is_told() throws Exception {
        String before = GW.acs().log(GW.device(), LogEntry.InformReceived.class).get(0).parameter(URL).orElseThrow();
        int newPort = E2eGateway.freePort();
        long mark = GW.acs().mark();
        // written beside deploy/ and moved in whole: FileInstall must never read a half-written file
        java.nio.file.Path tmp = GW.deployDir().resolveSibling("connreq.cfg.part");
        Files.writeString(tmp, "port=" + newPort + "\nrateLimitBudget=10000\nrateLimitWindowSeconds=1\n",
                StandardCharsets.UTF_8);
        Files.move(tmp, GW.deployDir().resolve(GatewaySite.CONNREQ_PID + ".cfg"),
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        LogEntry.InformReceived told;
        try {
            told = GW.awaitInform(mark, i -> i.parameter(URL).filter(u -> u.contains(":" + newPort + "/")).isPresent());
        } catch (RuntimeException e) {
            throw new AssertionError("new URL never reported; ACS log " + GW.acs().log(GW.device())
                    + "\ngateway output:\n" + GW.output(), e);
        }
        assertTrue(told.inform().events().toString(), told.hasEvent("4 VALUE CHANGE"));
        String after = told.parameter(URL).orElseThrow();
        assertNotEquals(before, after);
        assertEquals("the persisted path is kept", URI.create(before).getPath(), URI.create(after).getPath());

        GW.acs().awaitSessionEnd(GW.device(), told.seq(), E2eGateway.TIMEOUT);
        long crMark = GW.acs().mark();
        assertEquals(200, GW.connectionRequest().status());
        assertTrue(GW.awaitInform(crMark, i -> i.hasEvent("6 CONNECTION REQUEST")).hasEvent("6 CONNECTION REQUEST"));
    }
}
