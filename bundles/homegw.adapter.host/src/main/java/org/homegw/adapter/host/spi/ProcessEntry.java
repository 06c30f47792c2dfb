package org.homegw.adapter.host.spi;

/**
 * One process as TR-181 DeviceInfo.ProcessStatus.Process.{i} describes it.
 *
 * @param pid       process id
 * @param command   command name
 * @param sizeKib   memory size in KiB
 * @param priority  0 (highest) to 99
 * @param cpuTimeMs CPU time used, in milliseconds
 * @param state     Running, Sleeping, Stopped, Idle, Uninterruptible or Zombie
 */
public record ProcessEntry(int pid, String command, long sizeKib, int priority, long cpuTimeMs, String state) {
}
