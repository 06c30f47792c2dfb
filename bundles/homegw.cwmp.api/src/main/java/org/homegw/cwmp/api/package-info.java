/**
 * What other bundles use of the CWMP client: queue events and CPE requests for the ACS
 * ({@link org.homegw.cwmp.api.SessionRequests}), implement further RPC methods
 * ({@link org.homegw.cwmp.api.RpcHandler}).
 */
@Version("1.0.0")
@Export
package org.homegw.cwmp.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
