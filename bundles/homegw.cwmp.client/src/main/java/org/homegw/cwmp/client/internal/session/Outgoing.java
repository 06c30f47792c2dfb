package org.homegw.cwmp.client.internal.session;

import org.homegw.cwmp.client.internal.rpc.StreamedValues;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.Envelope;

/** One envelope of an HTTP POST to the ACS: a plain envelope, or a streamed GetParameterValuesResponse. */
public sealed interface Outgoing {

    record Plain(Envelope envelope) implements Outgoing {
    }

    /** Written by the codec's streaming encoder, values read from the data model while writing. */
    record StreamedResponse(CwmpVersion version, String id, StreamedValues values) implements Outgoing {
    }
}
