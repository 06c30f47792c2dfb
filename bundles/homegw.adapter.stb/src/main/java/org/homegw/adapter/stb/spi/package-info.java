/**
 * The set-top-box driver SPI of the STB adapter (TR-135 STBService). The bundle ships a simulated
 * IPTV box at the lowest ranking; a vendor binds the real media pipeline by registering one
 * {@link org.homegw.adapter.stb.spi.StbDriver} with a higher ranking.
 */
@Version("1.0.0")
@Export
package org.homegw.adapter.stb.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
