/**
 * The SOAP codec: turns CWMP envelopes into messages and back, with no I/O of its own.
 */
@Version("1.0.0")
@Export
package org.homegw.cwmp.codec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
