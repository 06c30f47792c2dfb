package org.homegw.transfer.internal.engine;

import java.nio.file.Path;

import org.homegw.transfer.api.ConfigFileHandler;
import org.homegw.transfer.api.FirmwareInstaller;

/**
 * What the transfer engine hands finished files to and takes uploads from.
 *
 * @param firmware   installs firmware images
 * @param config     applies and exports vendor configuration files
 * @param imageCheck checks firmware images before installation (signatures)
 * @param reboot     asks the device to reboot (to switch to a freshly installed image)
 * @param logDir     the gateway's log directory (homegw.log and its rolled files)
 */
public record DeviceSide(FirmwareInstaller firmware, ConfigFileHandler config, ImageCheck imageCheck,
        Runnable reboot, Path logDir) {
}
