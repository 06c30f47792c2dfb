package org.homegw.labacs;

import java.time.Instant;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;

/**
 * What the ACS knows of a device, from its latest Inform.
 *
 * @param id                          canonical name (see {@link DeviceIds})
 * @param connectionRequestUrl        ManagementServer.ConnectionRequestURL from the latest Inform, or null
 * @param udpConnectionRequestAddress ManagementServer.UDPConnectionRequestAddress from the latest Inform, or null
 * @param sessions                    Inform sessions seen
 * @param queued                      ACS requests still waiting to be sent to it
 */
public record DeviceInfo(String id, DeviceIdStruct deviceId, Instant lastInform, CwmpVersion version,
                         String connectionRequestUrl, String udpConnectionRequestAddress, int sessions, int queued) {
}
