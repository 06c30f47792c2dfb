package org.homegw.adapter.nas.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homegw.adapter.nas.internal.sim.SimulatedFileSharing;
import org.homegw.adapter.nas.spi.SharingSettings;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.datamodel.spi.ProviderConfigFile;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** TR-140 user accounts, network servers and FTP server over the simulated file sharing. */
public class NasSharingProviderTest {

    private static final String SS = "Device.Services.StorageService.1.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final List<String> changes = new ArrayList<>();
    private SimulatedFileSharing servers;
    private Path file;
    private NasSharingProvider provider;

    @Before
    public void setUp() throws IOException {
        file = tmp.getRoot().toPath().resolve("nas/sharing.properties");
        provider = newProvider();
    }

    private NasSharingProvider newProvider() throws IOException {
        servers = new SimulatedFileSharing();
        NasSharingProvider p = new NasSharingProvider("Device.", servers, new ProviderConfigFile(file, "sharing"), 2);
        p.attach(paths -> changes.addAll(List.of(paths)));
        return p;
    }

    private Map<String, String> read(String object, String... names) {
        return provider.read(SS + object, List.of(names)).value();
    }

    private CwmpFault write(String... pathValue) {
        List<ParameterWrite> w = new ArrayList<>();
        for (int i = 0; i < pathValue.length; i += 2) {
            w.add(new ParameterWrite(SS + pathValue[i], pathValue[i + 1]));
        }
        return provider.write(w).faultOrNull();
    }

    @Test
    public void accounts_are_added_up_to_the_limit_and_start_disabled() {
        assertEquals(0, (int) provider.add(SS + "UserAccount.", 1).value());
        assertEquals(0, (int) provider.add(SS + "UserAccount.", 2).value());
        assertEquals(CwmpFault.RESOURCES_EXCEEDED, provider.add(SS + "UserAccount.", 3).faultOrNull().code());
        assertEquals(List.of(1L, 2L), provider.instances(SS + "UserAccount.").value());
        assertEquals(Map.of("Enable", "false", "Username", "", "AllowFTPAccess", "false"),
                read("UserAccount.1.", "Enable", "Username", "AllowFTPAccess", "UserGroupParticipation"));
        assertEquals("2", read("", "UserAccountNumberOfEntries").get("UserAccountNumberOfEntries"));
        assertEquals(0, (int) provider.delete(SS + "UserAccount.1.").value());
        assertEquals(List.of(2L), provider.instances(SS + "UserAccount.").value());
        assertEquals(CwmpFault.REQUEST_DENIED, provider.delete(SS + "UserAccount.1.").faultOrNull().code());
    }

    @Test
    public void the_password_is_write_only_but_reaches_the_servers() {
        provider.add(SS + "UserAccount.", 1);
        assertEquals(null, write("UserAccount.1.Username", "bob", "UserAccount.1.Password", "hunter22",
                "UserAccount.1.Enable", "true"));
        assertEquals("", read("UserAccount.1.", "Password").get("Password"));
        SharingSettings.Account a = servers.current().accounts().get(0);
        assertEquals("hunter22", a.password());
        assertTrue(a.enabled());
        assertFalse("never in a log line", a.toString().contains("hunter22"));
    }

    @Test
    public void bad_names_duplicates_and_unserved_protocols_are_9007_and_nothing_changes() throws IOException {
        provider.add(SS + "UserAccount.", 1);
        provider.add(SS + "UserAccount.", 2);
        write("UserAccount.1.Username", "bob");
        String before = Files.readString(file);
        CwmpFault f = write("UserAccount.2.Username", "bob", "NetworkServer.AFPEnable", "true", "NetworkServer.SMBEnable", "true");
        assertEquals(Set.of(SS + "UserAccount.2.Username", SS + "NetworkServer.AFPEnable"), Set.copyOf(
                f.parameterFaults().stream().map(CwmpFault.ParameterFault::parameterName).toList()));
        assertTrue(f.parameterFaults().stream().allMatch(x -> x.code() == CwmpFault.INVALID_PARAMETER_VALUE));
        assertEquals("false", read("NetworkServer.", "SMBEnable").get("SMBEnable"));
        assertEquals(before, Files.readString(file));
        // renaming the older account onto the newer one's name is charged to the rename
        write("UserAccount.2.Username", "carol");
        assertEquals(SS + "UserAccount.1.Username", write("UserAccount.1.Username", "carol").parameterFaults().get(0)
                .parameterName());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, write("UserAccount.1.Username", "-rf").parameterFaults().get(0).code());
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, write("UserAccount.1.Username", "", "UserAccount.1.Enable", "true")
                .parameterFaults().get(0).code());
        assertEquals(CwmpFault.NOT_WRITABLE, write("FTPServer.Status", "Enabled").parameterFaults().get(0).code());
        assertEquals(CwmpFault.NOT_WRITABLE, write("UserAccount.9.Username", "x").parameterFaults().get(0).code());
    }

    @Test
    public void network_servers_and_ftp_status_follow_the_settings() {
        assertEquals(Map.of("SMBEnable", "false", "NFSEnable", "false", "NetworkProtocolAuthReq", "true"),
                read("NetworkServer.", "SMBEnable", "NFSEnable", "NetworkProtocolAuthReq"));
        assertEquals(null, write("NetworkServer.SMBEnable", "true", "NetworkServer.NFSEnable", "true", "FTPServer.Enable", "true"));
        assertEquals(Set.of("SMB", "NFS"), servers.current().protocols());
        // FTP on but nobody may log in: the server reports Error until an account may use it
        assertEquals("Error", read("FTPServer.", "Status").get("Status"));
        provider.add(SS + "UserAccount.", 1);
        changes.clear();
        write("UserAccount.1.Username", "ftp1", "UserAccount.1.Enable", "true", "UserAccount.1.AllowFTPAccess", "true");
        assertEquals("Enabled", read("FTPServer.", "Status").get("Status"));
        assertEquals(List.of(SS + "FTPServer.Status"), changes);
        assertEquals(Map.of("Enable", "true", "PortNumber", "21"), read("FTPServer.", "Enable", "PortNumber"));
    }

    @Test
    public void settings_and_accounts_survive_a_restart() throws IOException {
        provider.add(SS + "UserAccount.", 4);
        write("UserAccount.4.Username", "dave", "UserAccount.4.Password", "pw-dave-1", "UserAccount.4.Enable", "true",
                "NetworkServer.SMBEnable", "true", "FTPServer.PortNumber", "2121");
        provider = newProvider();
        assertEquals(List.of(4L), provider.instances(SS + "UserAccount.").value());
        assertEquals("dave", read("UserAccount.4.", "Username").get("Username"));
        assertEquals("pw-dave-1", servers.current().accounts().get(0).password());
        assertEquals(Set.of("SMB"), servers.current().protocols());
        assertEquals(2121, servers.current().ftpPort());
    }

    @Test
    public void a_saved_file_the_servers_refuse_falls_back_to_factory_settings() throws IOException {
        // complete and well formed, but AFP is a protocol the (simulated) servers do not have
        Map<String, String> saved = new java.util.TreeMap<>(SharingConfig.defaults().values());
        saved.put("NetworkServer.AFPEnable", "true");
        saved.put("NetworkServer.SMBEnable", "true");
        new ProviderConfigFile(file, "sharing").save(saved);
        provider = newProvider();
        assertEquals("false", read("NetworkServer.", "AFPEnable").get("AFPEnable"));
        assertEquals(Set.of(), servers.current().protocols());
    }
}
