package org.homegw.cwmp.client.e2e;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.session.CodecAdapter;
import org.homegw.cwmp.client.internal.session.QueuedRequest;
import org.homegw.cwmp.client.internal.session.SessionEngine;
import org.homegw.cwmp.client.internal.session.SessionListener;
import org.homegw.cwmp.client.internal.session.SessionRunner;
import org.homegw.cwmp.client.internal.session.SessionStep;
import org.homegw.cwmp.client.internal.testing.FakeDataModel;
import org.homegw.cwmp.client.internal.transport.AcsEndpoint;
import org.homegw.cwmp.client.internal.transport.HttpAcsConnector;
import org.homegw.cwmp.client.internal.transport.TlsSettings;
import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.Inform;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * An ACS that stops answering ends the session as failed after the silence timeout (shortened
 * here: the agent itself never allows less than 30 s). What the agent does with a failed session
 * (the retry wait) is the same for every failure and is tested with the other failures.
 */
public class SilentAcsTest {

    private ScriptedAcs acs;

    @Before
    public void setUp() throws Exception {
        acs = new ScriptedAcs();
    }

    @After
    public void tearDown() {
        acs.close();
    }

    @Test
    public void silent_acs_fails_the_session_after_the_timeout() {
        acs.failures.add(ScriptedAcs.Failure.SILENCE);
        FakeDataModel model = FakeDataModel.device();
        SessionEngine engine = new SessionEngine(new Inform(new DeviceIdStruct("m", "00D09E", "p", "s"), List.of(), 1,
                "2026-11-27T07:00:00Z", 0, List.of()), CwmpVersion.V1_4, 1, List.of(),
                new RpcDispatcher(model, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false), new SessionListener() {
                    @Override
                    public void informAccepted(CwmpVersion version) {
                        throw new AssertionError("no InformResponse was sent");
                    }

                    @Override
                    public void requestAnswered(QueuedRequest request, FaultMessage fault) {
                    }
                });
        SessionRunner runner = new SessionRunner(new HttpAcsConnector(TlsSettings.systemDefault(), 1 << 20),
                new CodecAdapter(new CwmpDecoder(), model));
        SessionStep.SessionOutcome outcome = runner.run(
                new AcsEndpoint(URI.create(acs.url()), "", "", false, Duration.ofMillis(700)), engine);
        assertFalse(outcome.succeeded());
        assertTrue(((SessionStep.Failed) outcome).reason(), ((SessionStep.Failed) outcome).reason().contains("no response"));
    }
}
