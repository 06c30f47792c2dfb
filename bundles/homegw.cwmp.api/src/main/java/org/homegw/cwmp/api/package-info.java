/**
 * What other bundles use of the CWMP client: queue events, ask for a session, handle RPC methods.
 */
@Version("1.0.0")
@Export
package org.homegw.cwmp.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
