package org.homegw.adapter.host.spi;

/** Physical memory in KiB, as TR-181 DeviceInfo.MemoryStatus reports it. */
public record MemoryStatus(long totalKib, long freeKib) {
}
