/**
 * The provider SPI: what a bundle implements to serve part of the parameter tree. LAN-device
 * vendors register {@link org.homegw.datamodel.spi.ParameterProvider} services (DS whiteboard).
 */
@Version("1.3.0")
@Export
package org.homegw.datamodel.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
