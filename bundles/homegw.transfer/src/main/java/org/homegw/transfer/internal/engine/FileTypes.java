package org.homegw.transfer.internal.engine;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The TransferFileType values this device handles. Download: "1 Firmware Upgrade Image", "2 Web
 * Content", "3 Vendor Configuration File", "4 Tone File", "5 Ringer File". Upload: "1 Vendor
 * Configuration File", "2 Vendor Log File" (instance 1), and the instance-numbered "3 Vendor
 * Configuration File &lt;i&gt;" / "4 Vendor Log File &lt;i&gt;" naming row i of
 * DeviceInfo.VendorConfigFile / VendorLogFile (cwmp-1-2 TransferFileType patterns; digest (a)).
 */
public final class FileTypes {

    public static final String FIRMWARE = "1 Firmware Upgrade Image";
    public static final String WEB_CONTENT = "2 Web Content";
    public static final String VENDOR_CONFIG = "3 Vendor Configuration File";
    public static final String TONE = "4 Tone File";
    public static final String RINGER = "5 Ringer File";
    public static final String UPLOAD_CONFIG = "1 Vendor Configuration File";
    public static final String UPLOAD_LOG = "2 Vendor Log File";

    /** Vendor types: "X &lt;OUI or token&gt; &lt;text&gt;" (cwmp-1-2 TransferFileType pattern). */
    private static final Pattern VENDOR = Pattern.compile("X \\S+ .+");

    /** What the device does with a downloaded file. */
    public enum DownloadKind {
        FIRMWARE, CONFIG, STORED
    }

    /** What an upload sends. */
    public enum UploadKind {
        CONFIG, LOG
    }

    /** The file an Upload names: a kind and its instance number (1 for the un-numbered forms). */
    public record UploadFile(UploadKind kind, int instance) {
    }

    private static final Pattern NUMBERED_UPLOAD = Pattern.compile("([34]) (Vendor Configuration File|Vendor Log File) ([1-9]\\d{0,8})");

    private FileTypes() {
    }

    public static boolean isVendor(String fileType) {
        return VENDOR.matcher(fileType).matches();
    }

    public static Optional<DownloadKind> download(String fileType) {
        return switch (fileType) {
            case FIRMWARE -> Optional.of(DownloadKind.FIRMWARE);
            case VENDOR_CONFIG -> Optional.of(DownloadKind.CONFIG);
            case WEB_CONTENT, TONE, RINGER -> Optional.of(DownloadKind.STORED);
            default -> Optional.empty();
        };
    }

    public static Optional<UploadFile> upload(String fileType) {
        switch (fileType) {
            case UPLOAD_CONFIG:
                return Optional.of(new UploadFile(UploadKind.CONFIG, 1));
            case UPLOAD_LOG:
                return Optional.of(new UploadFile(UploadKind.LOG, 1));
            default:
                java.util.regex.Matcher m = NUMBERED_UPLOAD.matcher(fileType);
                if (!m.matches() || m.group(1).equals("3") != m.group(2).equals("Vendor Configuration File")) {
                    return Optional.empty();
                }
                return Optional.of(new UploadFile(m.group(1).equals("3") ? UploadKind.CONFIG : UploadKind.LOG,
                        Integer.parseInt(m.group(3))));
        }
    }

    /** Sub-directory of {@code <state>/transfer/files} for stored types ("2 Web Content" → "web-content"). */
    public static String storedDirectory(String fileType) {
        return switch (fileType) {
            case WEB_CONTENT -> "web-content";
            case TONE -> "tone";
            case RINGER -> "ringer";
            default -> throw new IllegalArgumentException("not a stored file type: " + fileType);
        };
    }
}
