/**
 * The host driver SPI: what the host adapter reads from the operating system. The bundle ships a
 * Linux driver (/proc, /sys and the JDK) registered at the lowest ranking; a vendor whose platform
 * reports these figures differently registers one {@link org.homegw.adapter.host.spi.HostDriver}
 * service with a higher ranking and the adapter binds to it. Switching interfaces up and down
 * (Ethernet/IP Interface Enable) goes through {@link org.homegw.adapter.host.spi.InterfaceControl}
 * (1.1.0), whose shipped Linux implementation refuses unless configured.
 */
@Version("1.1.0")
@Export
package org.homegw.adapter.host.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
