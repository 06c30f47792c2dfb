package org.homegw.adapter.host.spi;

/**
 * One CPU's cumulative time since boot, in clock ticks.
 *
 * @param name   the CPU's name, e.g. cpu0
 * @param user   time in user mode (nice included)
 * @param system time in kernel mode (interrupts included)
 * @param idle   idle time (I/O wait included)
 * @param total  all of the CPU's time
 */
public record CpuSample(String name, long user, long system, long idle, long total) {
}
