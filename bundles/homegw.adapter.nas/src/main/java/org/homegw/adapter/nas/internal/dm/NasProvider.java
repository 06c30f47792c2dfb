package org.homegw.adapter.nas.internal.dm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homegw.adapter.nas.internal.fs.FolderNames;
import org.homegw.adapter.nas.spi.StorageDriver;
import org.homegw.adapter.nas.spi.VolumeInfo;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * TR-140 StorageService.1 over one {@link StorageDriver} volume: PhysicalMedium.1 and
 * LogicalVolume.1 report the real capacity and free space; LogicalVolume.1.Folder.{i} are the
 * volume's top-level directories. Adding a Folder creates its directory, renaming it (Name) renames
 * the directory, deleting it removes the directory only when it is empty (9001 otherwise). Folders
 * made or removed behind the gateway's back are picked up at the next read. Capacities are in MB of
 * 2^20 bytes (TR-140 says "MB"; the OS tools the operator compares with, df -m, count in MiB).
 * No user accounts, network servers (SMB, NFS, FTP, HTTP) or RAID: they are left out, not faked.
 */
public final class NasProvider extends AbstractParameterProvider {

    private static final System.Logger LOG = System.getLogger(NasProvider.class.getName());
    private static final long MB = 1L << 20;
    private static final Set<String> TR140_FILE_SYSTEMS = Set.of("ext2", "ext3", "ext4", "XFS", "btrfs", "ZFS",
            "NTFS", "exFAT", "FAT16", "FAT32", "HFS", "HFS+", "REISER", "Reiser4");

    private final String services;
    private final String ss;
    private final String folderTable;
    private final String volumeName;
    private final StorageDriver driver;
    private final NasState state;
    private volatile java.util.Set<String> networkProtocols = java.util.Set.of();

    /** @param volumeName LogicalVolume.1.Name */
    public NasProvider(String root, String volumeName, StorageDriver driver, java.nio.file.Path stateFile) {
        this.services = root + "Services.";
        this.ss = services + "StorageService.1.";
        this.folderTable = ss + "LogicalVolume.1.Folder.";
        this.volumeName = volumeName;
        this.driver = driver;
        this.state = new NasState(stateFile);
        state.load();
    }

    /** What Capabilities reports of the file-sharing servers: the network protocols (the FTP server is always there). */
    public void fileSharing(java.util.Set<String> protocols) {
        this.networkProtocols = java.util.Set.copyOf(protocols);
    }

    public List<String> paths() {
        return List.of(services + "StorageServiceNumberOfEntries", services + "StorageService.");
    }

    /** Brings the folder table in line with the directories; numbers of known folders stay. */
    private synchronized Map<Long, NasState.Folder> folders() throws IOException {
        List<String> present = driver.folders();
        NasState next = state.copy();
        next.folders.values().removeIf(f -> !present.contains(f.name()));
        Set<String> known = new HashSet<>();
        next.folders.values().forEach(f -> known.add(f.name()));
        for (String name : present) {
            if (!known.contains(name)) {
                next.folders.put(next.next++, new NasState.Folder(name, true, 3));
            }
        }
        if (!next.folders.equals(state.folders)) {
            next.save();
            adopt(next);
        }
        return new LinkedHashMap<>(state.folders);
    }

    private void adopt(NasState next) {
        state.folders.clear();
        state.folders.putAll(next.folders);
        state.next = next.next;
        state.thresholdLimitMb = next.thresholdLimitMb;
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        try {
            if (tablePath.equals(services + "StorageService.") || tablePath.equals(ss + "PhysicalMedium.")
                    || tablePath.equals(ss + "LogicalVolume.")) {
                return Outcome.success(List.of(1L));
            }
            if (tablePath.equals(folderTable)) {
                return Outcome.success(new ArrayList<>(folders().keySet()));
            }
            return Outcome.success(List.of());
        } catch (IOException e) {
            return failure(tablePath, e);
        }
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        try {
            Map<String, String> all = values(objectPath);
            return ParameterProvider.readResult(all, names);
        } catch (IOException e) {
            return failure(objectPath, e);
        }
    }

    private Map<String, String> values(String o) throws IOException {
        Map<String, String> v = new LinkedHashMap<>();
        if (o.equals(services)) {
            v.put("StorageServiceNumberOfEntries", "1");
        } else if (o.equals(ss)) {
            v.put("Enable", "true");
            v.put("PhysicalMediumNumberOfEntries", "1");
            v.put("StorageArrayNumberOfEntries", "0");
            v.put("LogicalVolumeNumberOfEntries", "1");
            v.put("UserGroupNumberOfEntries", "0");
        } else if (o.equals(ss + "Capabilities.")) {
            for (String p : List.of("SFTPCapable", "HTTPCapable", "HTTPSCapable", "HTTPWritable",
                    "VolumeEncryptionCapable")) {
                v.put(p, "false");
            }
            v.put("FTPCapable", Boolean.toString(!networkProtocols.isEmpty()));
            v.put("SupportedNetworkProtocols", String.join(",", new java.util.TreeSet<>(networkProtocols)));
            v.put("SupportedRaidTypes", "");
            String fs = fileSystem(driver.volume());
            v.put("SupportedFileSystemTypes", fs == null ? "" : fs);
        } else if (o.equals(ss + "PhysicalMedium.1.")) {
            VolumeInfo vol = driver.volume();
            v.put("Name", truncate(vol.deviceName()));
            v.put("Capacity", mb(vol.totalBytes()));
            v.put("Status", "Online");
        } else if (o.equals(ss + "LogicalVolume.1.")) {
            VolumeInfo vol = driver.volume();
            v.put("Name", volumeName);
            v.put("Status", "Online");
            v.put("Enable", "true");
            v.put("PhysicalReference", ss + "PhysicalMedium.1");
            String fs = fileSystem(vol);
            if (fs != null) {
                v.put("FileSystem", fs);
            }
            v.put("Capacity", mb(vol.totalBytes()));
            v.put("UsedSpace", mb(vol.totalBytes() - vol.availableBytes()));
            long threshold;
            synchronized (this) {
                threshold = state.thresholdLimitMb;
            }
            v.put("ThresholdLimit", Long.toString(threshold));
            v.put("ThresholdReached", Boolean.toString(vol.availableBytes() / MB < threshold));
            v.put("Encrypted", "false");
            v.put("FolderNumberOfEntries", Integer.toString(folders().size()));
        } else if (o.startsWith(folderTable)) {
            long n = instanceOf(o);
            NasState.Folder f = n < 0 ? null : folders().get(n);
            if (f != null) {
                v.put("Name", f.name());
                v.put("Enable", Boolean.toString(f.enable()));
                v.put("UserAccountAccess", Integer.toString(f.userAccountAccess()));
                v.put("UserAccessNumberOfEntries", "0");
                v.put("GroupAccessNumberOfEntries", "0");
            }
        }
        return v;
    }

    /** The instance number of "…Folder.N.", -1 for anything else (sub-objects included). */
    private long instanceOf(String objectPath) {
        String rest = objectPath.substring(folderTable.length());
        if (!rest.endsWith(".") || rest.length() < 2 || rest.length() > 19) {
            return -1;
        }
        String n = rest.substring(0, rest.length() - 1);
        return n.chars().allMatch(Character::isDigit) ? Long.parseLong(n) : -1;
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        List<ParameterFault> faults = new ArrayList<>();
        try {
            Map<Long, NasState.Folder> now = folders();
            Set<String> names = new HashSet<>();
            now.values().forEach(f -> names.add(f.name()));
            for (ParameterWrite w : writes) {
                String p = w.path();
                if (p.equals(ss + "LogicalVolume.1.ThresholdLimit")) {
                    continue;
                }
                String object = p.substring(0, p.lastIndexOf('.') + 1);
                String param = p.substring(p.lastIndexOf('.') + 1);
                long n = object.startsWith(folderTable) ? instanceOf(object) : -1;
                if (n < 0 || !now.containsKey(n) || !List.of("Name", "Enable", "UserAccountAccess").contains(param)) {
                    faults.add(new ParameterFault(p, CwmpFault.NOT_WRITABLE, "Not configurable on this device"));
                } else if (param.equals("Name") && !w.value().equals(now.get(n).name())) {
                    if (!FolderNames.isValid(w.value())) {
                        faults.add(new ParameterFault(p, CwmpFault.INVALID_PARAMETER_VALUE,
                                "A folder name is 1 to 64 characters without '/', '\\\\' or control characters"));
                    } else if (names.contains(w.value())) {
                        faults.add(new ParameterFault(p, CwmpFault.INVALID_PARAMETER_VALUE, "A folder " + w.value() + " exists"));
                    }
                }
            }
        } catch (IOException e) {
            return failure("validate", e);
        }
        return faults.isEmpty() ? Outcome.success(null) : Outcome.failure(CwmpFault.ofParameters(faults));
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Outcome<Void> ok = validate(writes);
        if (!ok.isSuccess()) {
            return Outcome.failure(ok.faultOrNull());
        }
        NasState next = state.copy();
        List<String[]> renames = new ArrayList<>();
        for (ParameterWrite w : writes) {
            String p = w.path();
            if (p.equals(ss + "LogicalVolume.1.ThresholdLimit")) {
                next.thresholdLimitMb = Long.parseLong(w.value());
                continue;
            }
            long n = instanceOf(p.substring(0, p.lastIndexOf('.') + 1));
            NasState.Folder f = next.folders.get(n);
            switch (p.substring(p.lastIndexOf('.') + 1)) {
                case "Name" -> {
                    if (!w.value().equals(f.name())) {
                        renames.add(new String[] {f.name(), w.value()});
                    }
                    f = new NasState.Folder(w.value(), f.enable(), f.userAccountAccess());
                }
                case "Enable" -> f = new NasState.Folder(f.name(), Boolean.parseBoolean(w.value()), f.userAccountAccess());
                default -> f = new NasState.Folder(f.name(), f.enable(), Integer.parseInt(w.value()));
            }
            next.folders.put(n, f);
        }
        List<String[]> done = new ArrayList<>();
        try {
            for (String[] r : renames) {
                driver.renameFolder(r[0], r[1]);
                done.add(r);
            }
            next.save();
        } catch (IOException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                try {
                    driver.renameFolder(done.get(i)[1], done.get(i)[0]);
                } catch (IOException undo) {
                    LOG.log(System.Logger.Level.ERROR, "cannot undo folder rename " + done.get(i)[1], undo);
                }
            }
            return failure("write", e);
        }
        adopt(next);
        return Outcome.success(0);
    }

    @Override
    public synchronized Outcome<Integer> add(String tablePath, long instanceNumber) {
        if (!tablePath.equals(folderTable)) {
            return Outcome.failure(CwmpFault.REQUEST_DENIED, "Objects cannot be added to " + tablePath);
        }
        try {
            Map<Long, NasState.Folder> now = folders();
            Set<String> names = new HashSet<>();
            now.values().forEach(f -> names.add(f.name()));
            String name = "Folder" + instanceNumber;
            for (int k = 2; names.contains(name); k++) {
                name = "Folder" + instanceNumber + "-" + k;
            }
            NasState next = state.copy();
            next.folders.put(instanceNumber, new NasState.Folder(name, true, 3));
            next.next = Math.max(next.next, instanceNumber + 1);
            driver.createFolder(name);
            try {
                next.save();
            } catch (IOException e) {
                driver.deleteFolderIfEmpty(name);
                throw e;
            }
            adopt(next);
            return Outcome.success(0);
        } catch (IOException e) {
            return failure(tablePath, e);
        }
    }

    @Override
    public synchronized Outcome<Integer> delete(String instancePath) {
        long n = instancePath.startsWith(folderTable) ? instanceOf(instancePath) : -1;
        try {
            NasState.Folder f = n < 0 ? null : folders().get(n);
            if (f == null) {
                return Outcome.failure(CwmpFault.REQUEST_DENIED, "Objects cannot be deleted from " + instancePath);
            }
            if (!driver.deleteFolderIfEmpty(f.name())) {
                return Outcome.failure(CwmpFault.REQUEST_DENIED, "Folder " + f.name() + " is not empty");
            }
            NasState next = state.copy();
            next.folders.remove(n);
            next.save();
            adopt(next);
            return Outcome.success(0);
        } catch (IOException e) {
            return failure(instancePath, e);
        }
    }

    /** The OS file-system name in TR-140's SupportedFileSystemTypes spelling, or null when TR-140 has none for it. */
    static String fileSystem(VolumeInfo vol) {
        String t = vol.fileSystem().toLowerCase(java.util.Locale.ROOT);
        String mapped = switch (t) {
            case "vfat", "msdos" -> "FAT32";
            case "xfs" -> "XFS";
            case "zfs" -> "ZFS";
            case "ntfs", "ntfs3" -> "NTFS";
            case "exfat" -> "exFAT";
            case "hfsplus" -> "HFS+";
            case "reiserfs" -> "REISER";
            default -> t;
        };
        return TR140_FILE_SYSTEMS.contains(mapped) ? mapped : null;
    }

    private static String mb(long bytes) {
        return Long.toString(Math.min(0xFFFF_FFFFL, Math.max(0, bytes) / MB));
    }

    private static String truncate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64);
    }

    private static <T> Outcome<T> failure(String what, IOException e) {
        LOG.log(System.Logger.Level.WARNING, "storage failure at " + what, e);
        return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: storage: " + e.getMessage());
    }
}
