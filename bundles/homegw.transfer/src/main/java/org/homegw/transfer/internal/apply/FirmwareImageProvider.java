package org.homegw.transfer.internal.apply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Serves the running firmware from the dual-bank installer: {@code DeviceInfo.SoftwareVersion} and,
 * for a Device:2 root, {@code DeviceInfo.FirmwareImage.{i}.} (1 = bank A, 2 = bank B),
 * {@code ActiveFirmwareImage}, {@code BootFirmwareImage} and {@code FirmwareImageNumberOfEntries}.
 * BootFirmwareImage and FirmwareImage.{i}.Available are writable with the TR-181 rules
 * ({@link DualBankFirmware#select}; a violation is 9007 and nothing changes); everything else is
 * read-only (9008). Values change through installs, boots and those writes, which the registry
 * notices by polling (the provider does not push changes).
 */
public final class FirmwareImageProvider extends AbstractParameterProvider {

    private final DualBankFirmware firmware;
    private final String deviceInfo;
    private final String table;
    private final boolean tr181;

    public FirmwareImageProvider(DualBankFirmware firmware, String rootObject) {
        this.firmware = firmware;
        this.deviceInfo = rootObject + "DeviceInfo.";
        this.table = deviceInfo + "FirmwareImage.";
        this.tr181 = rootObject.equals("Device.");
    }

    /** The paths this provider is registered for. */
    public List<String> paths() {
        List<String> p = new ArrayList<>(List.of(deviceInfo + "SoftwareVersion"));
        if (tr181) {
            p.addAll(List.of(deviceInfo + "ActiveFirmwareImage", deviceInfo + "BootFirmwareImage",
                    deviceInfo + "FirmwareImageNumberOfEntries", table));
        }
        return p;
    }

    @Override
    public Outcome<List<Long>> instances(String tablePath) {
        return Outcome.success(tr181 && tablePath.equals(table) ? List.of(1L, 2L) : List.of());
    }

    @Override
    public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        List<DualBankFirmware.Bank> banks = firmware.banks();
        if (objectPath.equals(deviceInfo)) {
            for (String name : names) {
                String v = switch (name) {
                    case "SoftwareVersion" -> firmware.runningVersion();
                    case "ActiveFirmwareImage" -> tr181 ? table + number(banks, true, false) : null;
                    case "BootFirmwareImage" -> tr181 ? table + number(banks, false, true) : null;
                    case "FirmwareImageNumberOfEntries" -> tr181 ? String.valueOf(banks.size()) : null;
                    default -> null;
                };
                if (v != null) {
                    out.put(name, v);
                }
            }
        } else if (tr181 && objectPath.startsWith(table)) {
            int i;
            try {
                i = Integer.parseInt(objectPath.substring(table.length(), objectPath.length() - 1));
            } catch (NumberFormatException e) {
                return Outcome.success(out);
            }
            if (i < 1 || i > banks.size()) {
                return Outcome.success(out);
            }
            DualBankFirmware.Bank b = banks.get(i - 1);
            String failure = firmware.bootFailure(b.name());
            for (String name : names) {
                String v = switch (name) {
                    case "Alias" -> "cpe-bank-" + b.name();
                    case "Name" -> "bank-" + b.name();
                    case "Version" -> b.version();
                    case "Available" -> String.valueOf(firmware.isAvailable(b.name()));
                    case "Status" -> !b.hasImage() ? "NoImage" : !failure.isEmpty() ? "ActivationFailed"
                            : b.active() ? "Active" : "Available";
                    case "BootFailureLog" -> failure;
                    default -> null;
                };
                if (v != null) {
                    out.put(name, v);
                }
            }
        }
        return Outcome.success(out);
    }

    /** BootFirmwareImage and FirmwareImage.{i}.Available, all of one SetParameterValues applied together. */
    @Override
    public Outcome<Integer> write(List<ParameterWrite> writes) {
        if (!tr181) {
            return super.write(writes);
        }
        String boot = null;
        Map<String, Boolean> available = new LinkedHashMap<>();
        for (ParameterWrite w : writes) {
            if (w.path().equals(deviceInfo + "BootFirmwareImage")) {
                boot = bankOf(w.value());
                if (boot == null) {
                    return Outcome.failure(9007, "BootFirmwareImage must reference a row of " + table + ": '"
                            + w.value() + "'");
                }
            } else if (w.path().startsWith(table) && w.path().endsWith(".Available")) {
                String bank = bankOf(w.path().substring(0, w.path().length() - ".Available".length()));
                if (bank == null) {
                    return Outcome.failure(9005, "no such firmware image: " + w.path());
                }
                available.put(bank, w.value().equals("true") || w.value().equals("1"));
            } else {
                return Outcome.failure(9008, "Not writable: " + w.path());
            }
        }
        return firmware.select(boot, available).<Outcome<Integer>>map(why -> Outcome.failure(9007, why))
                .orElse(Outcome.success(0));
    }

    /** "a"/"b" for a reference to row 1/2 ("...FirmwareImage.2" or "...FirmwareImage.2."), else null. */
    private String bankOf(String reference) {
        String ref = reference.endsWith(".") ? reference.substring(0, reference.length() - 1) : reference;
        if (!ref.startsWith(table)) {
            return null;
        }
        return switch (ref.substring(table.length())) {
            case "1" -> "a";
            case "2" -> "b";
            default -> null;
        };
    }

    private static int number(List<DualBankFirmware.Bank> banks, boolean active, boolean bootNext) {
        for (int i = 0; i < banks.size(); i++) {
            if ((active && banks.get(i).active()) || (bootNext && banks.get(i).bootNext())) {
                return i + 1;
            }
        }
        return 1;
    }
}
