package org.homegw.adapter.nas.internal.dm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.homegw.adapter.nas.spi.FileSharing;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.CwmpFault.ParameterFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.datamodel.spi.ProviderConfigFile;

/**
 * TR-140 file sharing of StorageService.1: UserAccount.{i} (added and deleted by the ACS; Password
 * is write-only and always reads ""), NetworkServer (SMB/NFS/AFP switches, logins required) and
 * FTPServer. Settings are checked, saved (owner-only file: it holds passwords) and applied to the
 * {@link FileSharing} driver as a whole; a refusal keeps the previous settings everywhere.
 */
public final class NasSharingProvider extends AbstractParameterProvider {

    private static final System.Logger LOG = System.getLogger(NasSharingProvider.class.getName());
    /** Account names servers accept: letters, digits, '.', '_', '-', not starting with '-'. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]{0,31}");

    private final String ss;
    private final FileSharing driver;
    private final ProviderConfigFile file;
    private final int maxAccounts;
    private volatile SharingConfig config;

    public NasSharingProvider(String root, FileSharing driver, ProviderConfigFile file, int maxAccounts) throws IOException {
        this.ss = root + "Services.StorageService.1.";
        this.driver = driver;
        this.file = file;
        this.maxAccounts = maxAccounts;
        Map<String, String> saved = file.load();
        SharingConfig loaded = saved.isEmpty() ? SharingConfig.defaults() : new SharingConfig(saved);
        try {
            driver.apply(loaded.settings());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "saved file-sharing settings unusable (" + e.getMessage()
                    + "); using factory settings");
            loaded = SharingConfig.defaults();
            driver.apply(loaded.settings());
        }
        if (!loaded.values().equals(saved)) {
            file.save(loaded.values());
        }
        this.config = loaded;
    }

    public List<String> paths() {
        return List.of(ss + "UserAccountNumberOfEntries", ss + "UserAccount.", ss + "NetworkServer.", ss + "FTPServer.");
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return Outcome.success(tablePath.equals(ss + "UserAccount.") ? config.accounts() : List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        SharingConfig c = config;
        Map<String, String> all = new LinkedHashMap<>();
        if (objectPath.equals(ss)) {
            all.put("UserAccountNumberOfEntries", Integer.toString(c.accounts().size()));
        } else if (objectPath.startsWith(ss) && objectPath.endsWith(".")) {
            String rel = objectPath.substring(ss.length());
            if (rel.equals("NetworkServer.") || rel.equals("FTPServer.")) {
                c.values().forEach((k, v) -> {
                    if (k.startsWith(rel) && k.indexOf('.', rel.length()) < 0) {
                        all.put(k.substring(rel.length()), v);
                    }
                });
                if (rel.equals("FTPServer.")) {
                    all.put("Status", driver.ftpStatus());
                }
            } else if (rel.matches("UserAccount\\.[1-9][0-9]{0,9}\\.") && c.accounts().contains(number(rel))) {
                for (String k : SharingConfig.ACCOUNT_KEYS) {
                    all.put(k, c.get(rel + k));
                }
                // write-only (TR-140): a read never gives the password back
                all.put("Password", "");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            if (all.get(n) != null) {
                out.put(n, all.get(n));
            }
        }
        return Outcome.success(out);
    }

    private static long number(String rel) {
        return Long.parseLong(rel.substring("UserAccount.".length(), rel.length() - 1));
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        Checked c = check(config, writes);
        return c.fault() == null ? Outcome.success(null) : Outcome.failure(c.fault());
    }

    private record Checked(SharingConfig next, CwmpFault fault) {
    }

    private Checked check(SharingConfig c, List<ParameterWrite> writes) {
        Map<String, String> relative = new LinkedHashMap<>();
        List<ParameterFault> faults = new ArrayList<>();
        for (ParameterWrite w : writes) {
            String key = w.path().startsWith(ss) ? w.path().substring(ss.length()) : w.path();
            if (c.isWritable(key)) {
                relative.put(key, w.value());
            } else {
                faults.add(new ParameterFault(w.path(), CwmpFault.NOT_WRITABLE, "Not configurable on this device"));
            }
        }
        SharingConfig next = c.with(relative);
        SharingChecks.check(next, relative, driver.protocols(), USERNAME).forEach((key, message) -> faults.add(
                new ParameterFault(ss + key, CwmpFault.INVALID_PARAMETER_VALUE, message)));
        return new Checked(next, faults.isEmpty() ? null : CwmpFault.ofParameters(faults));
    }

    @Override
    public synchronized Outcome<Integer> write(List<ParameterWrite> writes) {
        Checked c = check(config, writes);
        return c.fault() != null ? Outcome.failure(c.fault()) : commit(c.next());
    }

    @Override
    public synchronized Outcome<Integer> add(String tablePath, long n) {
        if (!tablePath.equals(ss + "UserAccount.")) {
            return Outcome.failure(CwmpFault.REQUEST_DENIED, "Request denied: " + tablePath + " is not a table of this device");
        }
        if (config.accounts().size() >= maxAccounts) {
            return Outcome.failure(CwmpFault.RESOURCES_EXCEEDED, "Resources exceeded: at most " + maxAccounts + " user accounts");
        }
        String p = "UserAccount." + n + ".";
        return commit(config.with(Map.of(p + "Enable", "false", p + "Alias", "cpe-user-" + n, p + "Username", "",
                p + "Password", "", p + "AllowFTPAccess", "false", p + "AllowHTTPAccess", "false")));
    }

    @Override
    public synchronized Outcome<Integer> delete(String instancePath) {
        String rel = instancePath.startsWith(ss) ? instancePath.substring(ss.length()) : "";
        if (!rel.matches("UserAccount\\.[1-9][0-9]{0,9}\\.") || !config.accounts().contains(number(rel))) {
            return Outcome.failure(CwmpFault.REQUEST_DENIED, "Request denied: " + instancePath + " cannot be deleted");
        }
        return commit(config.withoutAccount(number(rel)));
    }

    private Outcome<Integer> commit(SharingConfig next) {
        SharingConfig before = config;
        String ftpBefore = driver.ftpStatus();
        try {
            file.save(next.values());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot save the file-sharing settings", e);
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: file-sharing settings not saved");
        }
        try {
            driver.apply(next.settings());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "the file-sharing driver refused the settings: " + e.getMessage());
            try {
                file.save(before.values());
            } catch (IOException again) {
                LOG.log(System.Logger.Level.ERROR, "cannot restore the saved file-sharing settings", again);
            }
            return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: file sharing refused: " + e.getMessage());
        }
        config = next;
        if (!ftpBefore.equals(driver.ftpStatus())) {
            fireValueChanged(ss + "FTPServer.Status");
        }
        return Outcome.success(0);
    }
}
