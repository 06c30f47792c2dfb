package org.homegw.labacs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.labacs.auth.AuthScheme;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class MainTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void parses_the_documented_options() throws Exception {
        String dir = tmp.newFolder("files").toString();
        LabAcsConfig c = Main.parse(List.of("--port", "0", "--files", dir, "--username", "cpe", "--password", "pw",
                "--auth", "basic", "--cwmp-1-0-only", "--max-envelopes", "4", "--cr-username", "a", "--cr-password", "b"));
        assertEquals(0, c.port());
        assertEquals(AuthScheme.BASIC, c.deviceAuth().scheme());
        assertEquals(java.util.Set.of(CwmpVersion.V1_0), c.versions());
        assertEquals(4, c.maxEnvelopes());
        assertEquals("a", c.connectionRequestCredentials().username());
        assertTrue(c.filesDir().isAbsolute());
        assertEquals(AuthScheme.DIGEST, Main.parse(List.of("--username", "u", "--password", "p")).deviceAuth().scheme());
        assertEquals(7557, Main.parse(List.of()).port());
        assertNull(Main.parse(List.of("--help")));
        assertEquals(List.of(org.homegw.labacs.auth.DigestAlgorithm.MD5), Main.parse(List.of("--username", "u",
                "--password", "p", "--auth", "digest-md5")).deviceAuth().algorithms());
    }

    @Test
    public void rejects_bad_options() {
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--port", "x")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--port", "70000")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--username", "u")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--files", "/no/such/dir")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--session-timeout", "5")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--bogus")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--auth", "ntlm")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--tls-password", "x")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--tls-keystore", "/no/such.p12")));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(List.of("--port")));
    }
}
