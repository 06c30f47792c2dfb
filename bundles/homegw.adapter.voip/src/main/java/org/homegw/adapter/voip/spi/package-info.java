/**
 * The voice driver SPI of the VoIP adapter (TR-104 issue 2 VoiceService over SIP). The adapter
 * validates and persists the configuration and hands it to the bound
 * {@link org.homegw.adapter.voip.spi.VoiceDriver}; the bundle ships a simulated one at the lowest
 * ranking, a vendor binds a real SIP stack or DSP by registering a VoiceDriver with a higher ranking.
 */
@Version("1.0.0")
@Export
package org.homegw.adapter.voip.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
