/**
 * The set-top-box driver SPI of the STB adapter (TR-135 STBService). The bundle ships a simulated
 * IPTV box at the lowest ranking; a vendor binds the real media pipeline by registering one
 * {@link org.homegw.adapter.stb.spi.StbDriver} with a higher ranking. 1.1.0 adds the box's audio and
 * video outputs and the main stream's monitoring counters (default methods: a driver without them
 * reports none).
 */
@Version("1.1.0")
@Export
package org.homegw.adapter.stb.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
