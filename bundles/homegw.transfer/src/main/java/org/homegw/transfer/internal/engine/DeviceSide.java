package org.homegw.transfer.internal.engine;

import java.nio.file.Path;
import java.util.List;

import org.homegw.transfer.api.ConfigFileHandler;
import org.homegw.transfer.api.FirmwareInstaller;

/**
 * What the transfer engine hands finished files to and takes uploads from.
 *
 * @param firmware   installs firmware images
 * @param config     applies and exports vendor configuration files
 * @param imageCheck checks firmware images before installation (signatures)
 * @param reboot     asks the device to reboot (to switch to a freshly installed image)
 * @param logFiles   the rows of DeviceInfo.VendorLogFile, in instance order (row 1 = the gateway's homegw.log)
 */
public record DeviceSide(FirmwareInstaller firmware, ConfigFileHandler config, ImageCheck imageCheck,
        Runnable reboot, List<VendorLogFile> logFiles) {

    public DeviceSide {
        logFiles = List.copyOf(logFiles);
    }

    /** The gateway's own log as the only vendor log file. */
    public static List<VendorLogFile> gatewayLog(Path logDir) {
        return List.of(new VendorLogFile(LogTail.CURRENT, logDir.resolve(LogTail.CURRENT)));
    }

    /** Whether this device has the file an Upload names (one configuration file, the configured logs). */
    public boolean has(FileTypes.UploadFile f) {
        return switch (f.kind()) {
            case CONFIG -> f.instance() == 1;
            case LOG -> f.instance() <= logFiles.size();
        };
    }
}
