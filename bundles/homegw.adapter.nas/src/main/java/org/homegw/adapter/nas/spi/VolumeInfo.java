package org.homegw.adapter.nas.spi;

/**
 * A volume as the operating system reports it.
 *
 * @param deviceName     the medium's name, e.g. /dev/sda1
 * @param fileSystem     the file-system type as the OS names it, e.g. ext4, vfat
 * @param totalBytes     formatted capacity
 * @param availableBytes space a user may still write
 */
public record VolumeInfo(String deviceName, String fileSystem, long totalBytes, long availableBytes) {
}
