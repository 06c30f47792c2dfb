/**
 * What other bundles use of the CWMP client: ask for sessions with events
 * ({@link org.homegw.cwmp.api.SessionRequests}), queue CPE requests such as TransferComplete
 * ({@link org.homegw.cwmp.api.CpeRequestQueue}), implement further RPC methods
 * ({@link org.homegw.cwmp.api.RpcHandler}).
 */
@Version("1.0.0")
@Export
package org.homegw.cwmp.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
