/**
 * The SOAP codec: turns CWMP envelopes into messages and back, with no I/O of its own.
 *
 * <pre>{@code
 * CwmpDecoder decoder = new CwmpDecoder();            // DecodeLimits.DEFAULTS
 * try {
 *     for (Envelope e : decoder.decodeAll(httpBody)) { // one or several envelopes per body
 *         // UnknownMethod: a vendor X_ method with its argument tree -> VendorResponse or fault 9000
 *         for (CwmpMessage m : e.body()) { ... }
 *     }
 * } catch (DecodeException bad) {
 *     // bad.faultCode() is 9003 when a known method had bad arguments (answer with
 *     // bad.cwmpId()); otherwise end the session. Log bad.getMessage(): it says why.
 * }
 *
 * CwmpEncoder encoder = new CwmpEncoder();
 * encoder.encode(Envelope.of(CwmpVersion.V1_4, id, new GetRPCMethodsResponse(methods)), out);
 * encoder.encodeGetParameterValuesResponse(out, version, CwmpHeader.ofId(id), count,
 *         w -> registry.forEach(v -> w.write(v.path(), v.value(), v.type())));
 * }</pre>
 */
@Version("1.0.0")
@Export
package org.homegw.cwmp.codec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
