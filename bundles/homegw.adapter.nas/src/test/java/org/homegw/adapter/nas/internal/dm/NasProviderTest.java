package org.homegw.adapter.nas.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.homegw.adapter.nas.internal.fs.DirectoryStorageDriver;
import org.homegw.adapter.nas.spi.VolumeInfo;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.spi.ParameterWrite;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The StorageService provider through the SPI, over a real directory. */
public class NasProviderTest {

    private static final String SS = "Device.Services.StorageService.1.";
    private static final String FOLDERS = SS + "LogicalVolume.1.Folder.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private Path share;
    private Path stateFile;
    private DirectoryStorageDriver driver;
    private NasProvider provider;

    @Before
    public void setUp() throws IOException {
        share = tmp.getRoot().toPath().resolve("share");
        stateFile = tmp.getRoot().toPath().resolve("state/nas.properties");
        driver = new DirectoryStorageDriver(share);
        provider = new NasProvider("Device.", "share", driver, stateFile);
    }

    private Map<String, String> read(String object, String... names) {
        return provider.read(object, List.of(names)).value();
    }

    @Test
    public void volume_figures_come_from_the_file_system() throws IOException {
        VolumeInfo v = driver.volume();
        Map<String, String> lv = read(SS + "LogicalVolume.1.", "Name", "Status", "Capacity", "UsedSpace",
                "ThresholdReached", "FolderNumberOfEntries", "PhysicalReference");
        assertEquals("share", lv.get("Name"));
        assertEquals(Long.toString(v.totalBytes() >> 20), lv.get("Capacity"));
        long used = Long.parseLong(lv.get("UsedSpace"));
        assertTrue(Math.abs(used - ((v.totalBytes() - v.availableBytes()) >> 20)) <= (v.totalBytes() >> 20) / 100);
        assertEquals("0", lv.get("FolderNumberOfEntries"));
        assertEquals(SS + "PhysicalMedium.1", lv.get("PhysicalReference"));
        assertEquals(Long.toString(v.totalBytes() >> 20), read(SS + "PhysicalMedium.1.", "Capacity").get("Capacity"));
        assertEquals("1", read("Device.Services.", "StorageServiceNumberOfEntries").get("StorageServiceNumberOfEntries"));
    }

    @Test
    public void adding_a_folder_creates_its_directory() {
        assertEquals(0, (int) provider.add(FOLDERS, 4).value());
        assertTrue(Files.isDirectory(share.resolve("Folder4")));
        assertEquals(List.of(4L), provider.instances(FOLDERS).value());
        assertEquals(Map.of("Name", "Folder4", "Enable", "true"), read(FOLDERS + "4.", "Name", "Enable"));
        assertEquals(CwmpFault.REQUEST_DENIED, provider.add(SS + "UserAccount.", 1).faultOrNull().code());
    }

    @Test
    public void deleting_a_folder_removes_it_only_when_empty() throws IOException {
        provider.add(FOLDERS, 1);
        Files.writeString(share.resolve("Folder1/keep.txt"), "data");
        CwmpFault f = provider.delete(FOLDERS + "1.").faultOrNull();
        assertEquals(CwmpFault.REQUEST_DENIED, f.code());
        assertTrue(f.message().contains("not empty"));
        assertTrue(Files.exists(share.resolve("Folder1/keep.txt")));
        assertEquals(List.of(1L), provider.instances(FOLDERS).value());
        Files.delete(share.resolve("Folder1/keep.txt"));
        assertEquals(0, (int) provider.delete(FOLDERS + "1.").value());
        assertFalse(Files.exists(share.resolve("Folder1")));
        assertEquals(List.of(), provider.instances(FOLDERS).value());
    }

    @Test
    public void renaming_a_folder_renames_the_directory_and_bad_names_are_9007() {
        provider.add(FOLDERS, 1);
        provider.add(FOLDERS, 2);
        assertEquals(0, (int) provider.write(List.of(new ParameterWrite(FOLDERS + "1.Name", "Music"),
                new ParameterWrite(FOLDERS + "1.UserAccountAccess", "1"))).value());
        assertTrue(Files.isDirectory(share.resolve("Music")));
        assertEquals("1", read(FOLDERS + "1.", "UserAccountAccess").get("UserAccountAccess"));
        for (String bad : List.of("../etc", "a/b", "Folder2")) {
            CwmpFault f = provider.validate(List.of(new ParameterWrite(FOLDERS + "1.Name", bad))).faultOrNull();
            assertEquals(bad, CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        }
        assertEquals(CwmpFault.NOT_WRITABLE, provider.validate(List.of(new ParameterWrite(SS + "LogicalVolume.1.Capacity", "5")))
                .faultOrNull().parameterFaults().get(0).code());
    }

    @Test
    public void directories_made_outside_appear_and_numbers_are_never_reused_across_restarts() throws IOException {
        provider.add(FOLDERS, 1);
        provider.add(FOLDERS, 2);
        provider.delete(FOLDERS + "2.");
        Files.createDirectory(share.resolve("FromSamba"));
        assertEquals(List.of(1L, 3L), provider.instances(FOLDERS).value());
        provider = new NasProvider("Device.", "share", driver, stateFile);
        assertEquals(List.of(1L, 3L), provider.instances(FOLDERS).value());
        assertEquals("FromSamba", read(FOLDERS + "3.", "Name").get("Name"));
        Files.createDirectory(share.resolve("Another"));
        assertEquals(List.of(1L, 3L, 4L), provider.instances(FOLDERS).value());
    }

    @Test
    public void threshold_is_kept_and_compared_with_free_space() throws IOException {
        long freeMb = driver.volume().availableBytes() >> 20;
        provider.write(List.of(new ParameterWrite(SS + "LogicalVolume.1.ThresholdLimit", Long.toString(freeMb + 1000))));
        assertEquals("true", read(SS + "LogicalVolume.1.", "ThresholdReached").get("ThresholdReached"));
        provider = new NasProvider("Device.", "share", driver, stateFile);
        assertEquals(Long.toString(freeMb + 1000), read(SS + "LogicalVolume.1.", "ThresholdLimit").get("ThresholdLimit"));
    }
}
