/**
 * Gateway runtime services: device reboot and factory reset, and the names of the framework
 * properties the launcher sets for every bundle.
 */
@Version("1.0.0")
@Export
package org.homegw.runtime.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
