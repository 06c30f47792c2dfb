package org.homegw.transfer.internal.apply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.datamodel.spi.AtomicFiles;
import org.homegw.transfer.api.ApplyResult;
import org.homegw.transfer.api.FirmwareInstaller;

/**
 * The default {@link FirmwareInstaller}: a dual-bank (A/B) device simulated inside
 * {@code <state>/firmware}. Each bank is a file ({@code bank-a.img}, {@code bank-b.img}); which one
 * runs, and how the last switch went, is in {@code banks.properties}, written atomically.
 *
 * <p>Image format (ours, documented in the bundle README): the first line is
 * {@code HOMEGW-FIRMWARE <version>} (version: 1–64 printable characters), then any payload. An image
 * without that header answers 9018.
 *
 * <p>Life cycle: {@link #install} writes the image to the inactive bank through a temp file,
 * re-reads it and compares its SHA-256 with what was received, then arms it. {@link #boot(String)} (once
 * per start) turns an armed bank into a trial; every further start without
 * {@link #confirmHealthy()} counts an attempt, and after {@code maxTrialBoots} the previous bank is
 * active again (ROLLED_BACK).
 */
public final class DualBankFirmware implements FirmwareInstaller {

    private static final System.Logger LOG = System.getLogger(DualBankFirmware.class.getName());
    private static final Pattern HEADER = Pattern.compile("HOMEGW-FIRMWARE (\\p{Graph}[\\p{Graph} ]{0,63})");
    private static final int MAX_HEADER = 128;

    /** One bank as the data model shows it. */
    public record Bank(String name, String version, boolean hasImage, boolean active, boolean bootNext) {
    }

    private final Path dir;
    private final int maxTrialBoots;
    private final String factoryVersion;
    private final Properties state = new Properties();

    /**
     * @param factoryVersion the version of the image bank A holds before any upgrade
     * @param maxTrialBoots  starts a new image gets to be confirmed healthy before the rollback
     */
    public DualBankFirmware(Path dir, int maxTrialBoots, String factoryVersion) {
        this.dir = dir;
        this.maxTrialBoots = Math.max(1, maxTrialBoots);
        this.factoryVersion = factoryVersion;
        load();
    }

    /**
     * A start of the device: an armed image becomes a trial; a trial that failed too often is rolled
     * back. Only the first call with a given boot id counts (the OSGi framework UUID, new at every
     * launch), so re-activating the component without a restart changes nothing.
     */
    public synchronized void boot(String bootId) {
        if (bootId.equals(state.getProperty("bootId"))) {
            return;
        }
        state.setProperty("bootId", bootId);
        SwitchState s = lastSwitch();
        if (s == SwitchState.ARMED) {
            String previous = active();
            state.setProperty("previous", previous);
            state.setProperty("active", other(previous));
            state.setProperty("attempts", "1");
            state.setProperty("state", SwitchState.TRIAL.name());
            LOG.log(Level.WARNING, "booting the new firmware in bank {0} (version {1}), trial 1 of {2}", active(),
                    version(active()), maxTrialBoots);
        } else if (s == SwitchState.TRIAL) {
            int attempts = Integer.parseInt(state.getProperty("attempts", "1")) + 1;
            if (attempts > maxTrialBoots) {
                String failed = active();
                state.setProperty("active", state.getProperty("previous", other(failed)));
                state.setProperty("state", SwitchState.ROLLED_BACK.name());
                state.setProperty("failed." + failed, "no healthy start in " + maxTrialBoots + " attempts");
                LOG.log(Level.ERROR, "firmware in bank {0} did not start healthy in {1} attempts: rolled back to bank {2}",
                        failed, maxTrialBoots, active());
            } else {
                state.setProperty("attempts", String.valueOf(attempts));
                LOG.log(Level.WARNING, "new firmware in bank {0}: trial start {1} of {2}", active(), attempts,
                        maxTrialBoots);
            }
        }
        save();
    }

    @Override
    public synchronized ApplyResult install(Path image) {
        String version;
        try {
            version = headerVersion(image);
        } catch (IOException e) {
            return ApplyResult.fault(9002, "cannot read the image: " + e.getMessage());
        }
        if (version == null) {
            return ApplyResult.fault(9018, "not a homegw firmware image (header 'HOMEGW-FIRMWARE <version>' missing)");
        }
        if (lastSwitch() == SwitchState.TRIAL) {
            return ApplyResult.fault(9001, "the running firmware is still on trial; install after it is confirmed");
        }
        String target = other(active());
        Path bank = dir.resolve("bank-" + target + ".img");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "bank-" + target + ".", ".tmp");
            try {
                String written = copyWithDigest(image, tmp);
                if (!written.equals(digest(tmp))) {
                    return ApplyResult.fault(9018, "bank " + target + " read back differs from the image");
                }
                AtomicFiles.moveInto(tmp, bank);
                state.setProperty("sha256." + target, written);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            return ApplyResult.fault(9002, "cannot write bank " + target + ": " + e.getMessage());
        }
        state.setProperty("version." + target, version);
        // a newly installed image is available (TR-181 FirmwareImage.{i}.Available)
        state.remove("failed." + target);
        state.remove("unavailable." + target);
        state.setProperty("state", SwitchState.ARMED.name());
        save();
        LOG.log(Level.INFO, "firmware {0} written to bank {1}; active at the next boot", version, target);
        return ApplyResult.OK;
    }

    @Override
    public synchronized void confirmHealthy() {
        if (lastSwitch() == SwitchState.TRIAL) {
            state.setProperty("state", SwitchState.ACTIVE.name());
            save();
            LOG.log(Level.INFO, "firmware {0} in bank {1} started healthy; it stays active", version(active()), active());
        }
    }

    @Override
    public synchronized SwitchState lastSwitch() {
        return SwitchState.valueOf(state.getProperty("state", SwitchState.NONE.name()));
    }

    @Override
    public synchronized void acknowledgeSwitch() {
        SwitchState s = lastSwitch();
        if (s == SwitchState.ACTIVE || s == SwitchState.ROLLED_BACK) {
            state.setProperty("state", SwitchState.NONE.name());
            save();
        }
    }

    @Override
    public synchronized String runningVersion() {
        return version(active());
    }

    /**
     * The ACS's choice of the image to boot next and of which images may be booted
     * (DeviceInfo.BootFirmwareImage, FirmwareImage.{i}.Available), validated together and saved at
     * once. Rules (TR-181): only an image that is installed and available can be the boot image; the
     * active image and the boot image cannot be made unavailable; an empty bank cannot be made
     * available. Choosing the inactive bank arms it like an install (a trial boot at the next start,
     * rolled back if it does not start healthy); choosing the active bank again disarms it. Nothing
     * changes while a new image is on trial.
     *
     * @param bootBank  "a" or "b", or null to keep the boot image
     * @param available per bank, the new Available value
     * @return empty when applied, else why not (the caller answers 9007)
     */
    public synchronized java.util.Optional<String> select(String bootBank, java.util.Map<String, Boolean> available) {
        if (lastSwitch() == SwitchState.TRIAL) {
            return java.util.Optional.of("the running image is still on trial");
        }
        java.util.Map<String, Boolean> after = new java.util.HashMap<>();
        for (String bank : List.of("a", "b")) {
            after.put(bank, available.getOrDefault(bank, isAvailable(bank)));
        }
        String boot = bootBank != null ? bootBank : bootBank();
        for (java.util.Map.Entry<String, Boolean> e : available.entrySet()) {
            String bank = e.getKey();
            if (e.getValue() && !hasImage(bank)) {
                return java.util.Optional.of("bank " + bank + " holds no image");
            }
            if (!e.getValue() && (bank.equals(active()) || bank.equals(boot))) {
                return java.util.Optional.of("the " + (bank.equals(active()) ? "active" : "boot")
                        + " image cannot be made unavailable");
            }
        }
        if (!hasImage(boot) || !after.get(boot)) {
            return java.util.Optional.of("bank " + boot + " holds no available image");
        }
        for (java.util.Map.Entry<String, Boolean> e : available.entrySet()) {
            if (e.getValue()) {
                state.remove("unavailable." + e.getKey());
                state.remove("failed." + e.getKey());
            } else {
                state.setProperty("unavailable." + e.getKey(), "true");
            }
        }
        if (bootBank != null && !bootBank.equals(bootBank())) {
            if (bootBank.equals(active())) {
                state.setProperty("state", SwitchState.NONE.name());
                LOG.log(Level.INFO, "boot image set back to the active bank {0}", active());
            } else {
                state.setProperty("state", SwitchState.ARMED.name());
                LOG.log(Level.INFO, "bank {0} (version {1}) chosen as the boot image; tried at the next start",
                        bootBank, version(bootBank));
            }
        }
        save();
        return java.util.Optional.empty();
    }

    /** Whether a bank's image may be booted: installed, not given up after a failed trial, not disabled. */
    public synchronized boolean isAvailable(String bank) {
        return hasImage(bank) && bootFailure(bank).isEmpty() && state.getProperty("unavailable." + bank) == null;
    }

    private boolean hasImage(String bank) {
        return bank.equals("a") || state.getProperty("version." + bank) != null;
    }

    private String bootBank() {
        return lastSwitch() == SwitchState.ARMED ? other(active()) : active();
    }

    /** Both banks, A first. */
    public synchronized List<Bank> banks() {
        boolean armed = lastSwitch() == SwitchState.ARMED;
        return List.of(bank("a", armed), bank("b", armed));
    }

    /** Why a bank's image was given up ("" if it was not). */
    public synchronized String bootFailure(String bank) {
        return state.getProperty("failed." + bank, "");
    }

    private Bank bank(String name, boolean armed) {
        boolean has = name.equals("a") || state.getProperty("version." + name) != null;
        boolean isActive = name.equals(active());
        return new Bank(name, has ? version(name) : "", has, isActive, armed ? !isActive : isActive);
    }

    private String active() {
        return state.getProperty("active", "a");
    }

    private static String other(String bank) {
        return bank.equals("a") ? "b" : "a";
    }

    private String version(String bank) {
        return state.getProperty("version." + bank, bank.equals("a") ? factoryVersion : "");
    }

    /** The version from the image's first line, or null if it has no valid header. */
    static String headerVersion(Path image) throws IOException {
        try (InputStream in = Files.newInputStream(image)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
                if (line.size() >= MAX_HEADER) {
                    return null;
                }
                line.write(b);
            }
            Matcher m = HEADER.matcher(line.toString(StandardCharsets.US_ASCII).stripTrailing());
            return m.matches() ? m.group(1).strip() : null;
        }
    }

    private static String copyWithDigest(Path from, Path to) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), md);
                OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.SYNC)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String digest(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private void load() {
        try (InputStream in = Files.newInputStream(dir.resolve("banks.properties"))) {
            state.load(in);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read firmware bank state in " + dir, e);
        }
    }

    private void save() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            state.store(out, "homegw firmware banks; written atomically");
            AtomicFiles.write(dir.resolve("banks.properties"), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist firmware bank state in " + dir, e);
        }
    }
}
