package org.homegw.cwmp.client.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A whole-tree GetParameterValues is streamed (chunked) through the real codec and HTTP. */
public class LargeGetParameterValuesTest {

    private static final int ENTRIES = 20_000;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private ScriptedAcs acs;
    private ClientStack cpe;

    @Before
    public void setUp() throws Exception {
        acs = new ScriptedAcs();
        cpe = new ClientStack(tmp.getRoot().toPath(), acs.url());
        for (int i = 1; i <= ENTRIES; i++) {
            cpe.model.put("Device.Hosts.Host." + i + ".HostName", "host-" + i, "string", false);
            cpe.model.put("Device.Hosts.Host." + i + ".Active", i % 2 == 0 ? "true" : "false", "boolean", false);
        }
    }

    @After
    public void tearDown() {
        acs.close();
    }

    @Test
    public void whole_tree_values_arrive_complete_and_typed() {
        acs.rpcs.add(new GetParameterValues(List.of("Device.")));
        cpe.agent.start();
        cpe.time.runDue();
        GetParameterValuesResponse r = (GetParameterValuesResponse) acs.answersToRpcs.get(0);
        int[] inModel = {0};
        cpe.model.getValues(List.of("Device."), v -> inModel[0]++);
        assertTrue(inModel[0] > 2 * ENTRIES);
        assertEquals(inModel[0], r.parameterList().size());
        assertTrue(r.parameterList().contains(new ParameterValueStruct("Device.Hosts.Host.777.HostName", "host-777", "string")));
        assertTrue(r.parameterList().contains(new ParameterValueStruct("Device.Hosts.Host.778.Active", "true", "boolean")));
        assertTrue(cpe.events.isEmpty());
    }
}
