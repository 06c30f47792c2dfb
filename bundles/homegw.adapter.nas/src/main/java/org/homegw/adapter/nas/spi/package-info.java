/**
 * The storage driver SPI of the NAS adapter (TR-140 StorageService). The bundle ships a driver that
 * serves one directory of the gateway's file system as the logical volume; a vendor with real
 * disks registers a {@link org.homegw.adapter.nas.spi.StorageDriver} with a higher ranking.
 * File sharing (user accounts, SMB/NFS/AFP and FTP servers) goes through
 * {@link org.homegw.adapter.nas.spi.FileSharing} (1.1.0).
 */
@Version("1.1.0")
@Export
package org.homegw.adapter.nas.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
