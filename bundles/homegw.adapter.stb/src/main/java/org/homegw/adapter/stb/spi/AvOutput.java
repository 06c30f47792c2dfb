package org.homegw.adapter.stb.spi;

/**
 * An output connector of the box.
 *
 * @param video  a video output (else audio)
 * @param name   its name, e.g. HDMI0
 * @param format the TR-135 output format it carries: HDMI, DIGITAL-OPTICAL-SP/DIF, CVBS...
 */
public record AvOutput(boolean video, String name, String format) {
}
