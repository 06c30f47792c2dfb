package org.homegw.adapter.nas.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.adapter.nas.internal.dm.NasProvider;
import org.homegw.adapter.nas.internal.dm.NasSharingProvider;
import org.homegw.adapter.nas.internal.sim.SimulatedFileSharing;
import org.homegw.adapter.nas.internal.fs.DirectoryStorageDriver;
import org.homegw.datamodel.api.AddedObject;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.spi.ProviderConfigFile;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The StorageService provider in the real registry on the shipped definitions (TR-140 mounted under Device.Services.). */
public class NasAdapterRegistryTest {

    private static final Path DEFINITIONS = Path.of("../../device-config/datamodel/device-2.19.dmdefs");
    private static final String SS = "Device.Services.StorageService.1.";
    private static final String FOLDERS = SS + "LogicalVolume.1.Folder.";
    private static SchemaTree tree;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private DataModelRegistry registry;
    private Path share;

    @BeforeClass
    public static void loadDefinitions() throws Exception {
        Assume.assumeTrue(Files.isRegularFile(DEFINITIONS));
        tree = DefinitionsAdapter.toTree(new DefinitionsLoader().load(DEFINITIONS));
    }

    @Before
    public void setUp() throws Exception {
        ProviderTable providers = new ProviderTable();
        registry = new RegistryAssembly(tree).stateDir(tmp.newFolder("state").toPath()).providers(providers).build().registry();
        share = tmp.getRoot().toPath().resolve("share");
        NasProvider provider = new NasProvider("Device.", "share", new DirectoryStorageDriver(share),
                tmp.getRoot().toPath().resolve("nas.properties"));
        providers.add(new ProviderRegistration(provider, provider.paths(), 0, 5, true));
        SimulatedFileSharing servers = new SimulatedFileSharing();
        provider.fileSharing(servers.protocols());
        NasSharingProvider sharing = new NasSharingProvider("Device.", servers,
                new ProviderConfigFile(tmp.getRoot().toPath().resolve("sharing.properties"), "sharing"), 4);
        providers.add(new ProviderRegistration(sharing, sharing.paths(), 0, 6, true));
    }

    @Test
    public void user_accounts_and_network_servers_through_the_registry() {
        long n = registry.addObject(SS + "UserAccount.", "u1", Caller.ACS).value().instanceNumber();
        String u = SS + "UserAccount." + n + ".";
        assertEquals(0, (int) registry.setValues(List.of(new ParameterValue(u + "Username", "alice", "string"),
                new ParameterValue(u + "Password", "s3cret-pw", "string"), new ParameterValue(u + "Enable", "true", "boolean"),
                new ParameterValue(SS + "NetworkServer.SMBEnable", "true", "boolean")), "u2", Caller.ACS).value());
        Map<String, String> v = new LinkedHashMap<>();
        registry.getValues(List.of(SS), pv -> v.put(pv.path(), pv.value())).value();
        assertEquals("alice", v.get(u + "Username"));
        assertEquals("write-only", "", v.get(u + "Password"));
        assertEquals("1", v.get(SS + "UserAccountNumberOfEntries"));
        assertEquals("true", v.get(SS + "NetworkServer.SMBEnable"));
        assertEquals("NFS,SMB", v.get(SS + "Capabilities.SupportedNetworkProtocols"));
        assertEquals("Disabled", v.get(SS + "FTPServer.Status"));
        CwmpFault afp = registry.setValues(List.of(new ParameterValue(SS + "NetworkServer.AFPEnable", "true", "boolean")),
                "u3", Caller.ACS).faultOrNull();
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, afp.parameterFaults().get(0).code());
        assertEquals(0, (int) registry.deleteObject(u, "u4", Caller.ACS).value());
        assertEquals("0", registry.getValue(SS + "UserAccountNumberOfEntries").value().value());
    }

    @Test
    public void get_parameter_values_of_the_storage_service() {
        // FTPCapable: the simulated file sharing serves FTP
        Map<String, String> v = new LinkedHashMap<>();
        registry.getValues(List.of("Device.Services."), pv -> v.put(pv.path(), pv.value())).value();
        assertEquals("1", v.get("Device.Services.StorageServiceNumberOfEntries"));
        assertEquals("Online", v.get(SS + "LogicalVolume.1.Status"));
        assertTrue(Long.parseLong(v.get(SS + "PhysicalMedium.1.Capacity")) > 0);
        assertEquals("true", v.get(SS + "Capabilities.FTPCapable"));
    }

    @Test
    public void add_object_creates_a_directory_and_delete_refuses_a_non_empty_one() throws Exception {
        AddedObject added = registry.addObject(FOLDERS, "k1", Caller.ACS).value();
        Path dir = share.resolve("Folder" + added.instanceNumber());
        assertTrue(Files.isDirectory(dir));
        assertEquals("1", registry.getValue(SS + "LogicalVolume.1.FolderNumberOfEntries").value().value());
        Files.writeString(dir.resolve("a.txt"), "a");
        CwmpFault f = registry.deleteObject(FOLDERS + added.instanceNumber() + ".", "k2", Caller.ACS).faultOrNull();
        assertEquals(CwmpFault.REQUEST_DENIED, f.code());
        assertTrue(Files.exists(dir.resolve("a.txt")));
        Files.delete(dir.resolve("a.txt"));
        assertEquals(0, (int) registry.deleteObject(FOLDERS + added.instanceNumber() + ".", "k3", Caller.ACS).value());
        assertTrue(Files.notExists(dir));
        long again = registry.addObject(FOLDERS, "k4", Caller.ACS).value().instanceNumber();
        assertTrue("instance numbers are not reused", again > added.instanceNumber());
    }

    @Test
    public void a_folder_name_the_file_system_cannot_take_is_9007() {
        long n = registry.addObject(FOLDERS, "k1", Caller.ACS).value().instanceNumber();
        CwmpFault f = registry.setValues(List.of(new ParameterValue(FOLDERS + n + ".Name", "../escape", "string")), "k2",
                Caller.ACS).faultOrNull();
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        assertEquals(0, (int) registry.setValues(List.of(new ParameterValue(FOLDERS + n + ".Name", "Music", "string")), "k3",
                Caller.ACS).value());
        assertTrue(Files.isDirectory(share.resolve("Music")));
    }
}
