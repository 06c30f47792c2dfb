package org.homegw.cwmp.client.internal.agent;

import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.session.SessionEngine;
import org.homegw.cwmp.client.internal.session.SessionRunner;
import org.homegw.cwmp.client.internal.session.SessionStep;

/** Runs a session for real: a {@link SessionEngine} driven over HTTP by a {@link SessionRunner}. */
public final class HttpSessionExecutor implements SessionExecutor {

    private final RpcDispatcher dispatcher;
    private final SessionRunner runner;

    public HttpSessionExecutor(RpcDispatcher dispatcher, SessionRunner runner) {
        this.dispatcher = dispatcher;
        this.runner = runner;
    }

    @Override
    public Result execute(Plan plan) {
        SessionEngine engine = new SessionEngine(plan.inform(), plan.offer(), plan.endpoint().timeout().toSeconds(),
                plan.requests(), dispatcher, plan.listener());
        SessionStep.SessionOutcome outcome = runner.run(plan.endpoint(), engine);
        return new Result(outcome, engine.orders(), engine.version());
    }
}
