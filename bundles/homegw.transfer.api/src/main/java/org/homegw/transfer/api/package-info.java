/**
 * What a device implements to take part in CWMP file transfers: a {@link
 * org.homegw.transfer.api.FirmwareInstaller} applies downloaded firmware images ("1 Firmware Upgrade
 * Image"), a {@link org.homegw.transfer.api.ConfigFileHandler} applies and exports vendor
 * configuration files ("3 Vendor Configuration File" downloads, "1 Vendor Configuration File"
 * uploads). The transfer manager uses the highest-ranked service of each.
 */
@Version("1.0.0")
@Export
package org.homegw.transfer.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
