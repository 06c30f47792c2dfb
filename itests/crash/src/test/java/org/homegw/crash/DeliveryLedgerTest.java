package org.homegw.crash;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.TransferComplete;
import org.homegw.cwmp.message.TransferCompleteResponse;
import org.homegw.labacs.LogEntry;
import org.junit.Test;

/** The exactly-once rule the crash run judges deliveries by. */
public class DeliveryLedgerTest {

    private static final DeviceIdStruct DEVICE = new DeviceIdStruct("homegw", "000000", "HomeGateway", "SN1");
    private final List<LogEntry> log = new ArrayList<>();

    private void transferComplete(String session, String key) {
        log.add(new LogEntry.CpeRequestReceived(log.size() + 1, Instant.EPOCH, DEVICE, session, "1",
                new TransferComplete(key, FaultStruct.NONE, "", ""), new TransferCompleteResponse()));
    }

    private void sessionEnded(String session, String reason) {
        log.add(new LogEntry.SessionEnded(log.size() + 1, Instant.EPOCH, DEVICE, session, reason));
    }

    private static DeliveryLedger expecting(String key, boolean required) {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.expect("TransferComplete " + key, Attempt.cpeRequest("TransferComplete", key), required);
        return ledger;
    }

    @Test
    public void once_is_right() {
        transferComplete("s1", "k");
        sessionEnded("s1", "204 No Content");
        assertEquals(List.of(), expecting("k", true).check(log));
    }

    @Test
    public void a_repeat_after_a_clean_session_end_is_a_violation() {
        transferComplete("s1", "k");
        sessionEnded("s1", "204 No Content");
        transferComplete("s2", "k");
        List<String> v = expecting("k", true).check(log);
        assertEquals(1, v.size());
        assertTrue(v.get(0), v.get(0).contains("after its session s1 had ended cleanly"));
    }

    @Test
    public void a_repeat_after_the_session_was_cut_is_excused() {
        transferComplete("s1", "k");
        sessionEnded("s1", "replaced by a new Inform");
        transferComplete("s2", "k");
        DeliveryLedger ledger = expecting("k", true);
        assertEquals(List.of(), ledger.check(log));
        assertEquals(1, ledger.repeats(log));
    }

    @Test
    public void a_promised_delivery_that_never_came_is_a_violation_an_unpromised_one_is_not() {
        transferComplete("s1", "other");
        assertEquals(1, expecting("k", true).check(log).size());
        assertEquals(List.of(), expecting("k", false).check(log));
    }
}
