/**
 * CWMP messages as immutable values: every RPC request and response of cwmp-1-0 to cwmp-1-4.
 */
@Version("1.1.0")
@Export
package org.homegw.cwmp.message;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
