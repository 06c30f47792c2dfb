/**
 * The Wi-Fi driver SPI. The Wi-Fi adapter keeps the TR-181 configuration (validated, persisted) and
 * hands it to the one {@link org.homegw.adapter.wifi.spi.WifiDriver} service it is bound to; it reads
 * status, counters and associated stations back. The bundle ships a simulated driver at the lowest
 * ranking: a vendor binds real hardware by registering a WifiDriver with a higher ranking.
 */
@Version("1.0.0")
@Export
package org.homegw.adapter.wifi.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
