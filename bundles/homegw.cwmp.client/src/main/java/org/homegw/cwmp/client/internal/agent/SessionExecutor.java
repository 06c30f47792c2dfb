package org.homegw.cwmp.client.internal.agent;

import java.util.List;

import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.client.internal.session.QueuedRequest;
import org.homegw.cwmp.client.internal.session.SessionListener;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.client.internal.transport.AcsEndpoint;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Inform;

/** Runs one complete session; the seam between the agent's scheduling and the session machinery. */
@FunctionalInterface
public interface SessionExecutor {

    /** What one session starts with. */
    record Plan(AcsEndpoint endpoint, Inform inform, CwmpVersion offer, List<QueuedRequest> requests,
            SessionListener listener) {
    }

    /** How it went: the outcome, what the ACS ordered for afterwards, and the version spoken. */
    record Result(SessionStep.SessionOutcome outcome, SessionOrders orders, CwmpVersion version) {
    }

    Result execute(Plan plan);
}
