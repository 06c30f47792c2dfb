package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;

import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

/**
 * What the ChangeDUState and unit-settings tests share: a real Felix framework ({@link TestGateway})
 * and a real HTTP file server on loopback, both new for every test.
 */
public abstract class SoftwareModulesFixture {

    static final String DU = "Device.SoftwareModules.DeploymentUnit.";
    static final String EU = "Device.SoftwareModules.ExecutionUnit.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    FileServer files;
    TestGateway gw;

    @Before
    public void setUp() throws Exception {
        files = new FileServer();
        gw = new TestGateway(tmp.newFolder("cache").toPath(), tmp.newFolder("state").toPath());
    }

    @After
    public void tearDown() throws Exception {
        gw.close();
        files.close();
    }

    /** A one-operation Install from {@code url}; its result. */
    OpResultStruct install(String url) throws Exception {
        return only(gw.changeDuState("k", new InstallOpStruct(url, null, null, null, null)));
    }

    static OpResultStruct only(DUStateChangeComplete c) {
        assertEquals(1, c.results().size());
        return c.results().get(0);
    }

    static void assertFault(int code, OpResultStruct r) {
        assertEquals(r.fault().faultString(), code, r.fault().faultCode());
    }
}
