/**
 * Fetching a file from a file server the way the gateway's transfer manager does for a CWMP
 * Download: HTTP or HTTPS verified against the device configuration's trust anchors, Basic or Digest
 * credentials sent only in answer to the server's challenge, redirects followed (never from HTTPS to
 * HTTP), or plain FTP (passive mode); the body streamed to a file and bounded in size. Other bundles (software modules) use the
 * {@link org.homegw.transfer.download.FileDownloader} service instead of their own HTTP code; every
 * failure comes with a {@link org.homegw.transfer.download.DownloadFailure.Kind} that maps to a CWMP
 * fault code.
 */
@Version("1.0.0")
@Export
package org.homegw.transfer.download;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
