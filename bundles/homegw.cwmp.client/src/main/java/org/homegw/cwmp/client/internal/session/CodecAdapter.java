package org.homegw.cwmp.client.internal.session;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.homegw.cwmp.codec.CwmpDecoder;
import org.homegw.cwmp.codec.CwmpEncoder;
import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.Envelope;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;

/**
 * The homegw SOAP codec behind {@link WireCodec}. Streamed GetParameterValuesResponses are written
 * value by value straight from the data model.
 */
public final class CodecAdapter implements WireCodec {

    private final CwmpEncoder encoder = new CwmpEncoder();
    private final CwmpDecoder decoder;
    private final DataModel model;

    public CodecAdapter(CwmpDecoder decoder, DataModel model) {
        this.decoder = decoder;
        this.model = model;
    }

    @Override
    public void write(List<Outgoing> envelopes, OutputStream out) throws IOException {
        for (Outgoing o : envelopes) {
            if (o instanceof Outgoing.Plain p) {
                encoder.encode(p.envelope(), out);
            } else {
                Outgoing.StreamedResponse s = (Outgoing.StreamedResponse) o;
                Outcome<?>[] result = new Outcome<?>[1];
                try {
                    encoder.encodeGetParameterValuesResponse(out, s.version(), CwmpHeader.ofId(s.id()),
                            s.values().count(), w -> result[0] = s.values().writeTo(model,
                                    v -> w.write(v.path(), v.value(), v.type())));
                } catch (IllegalStateException e) {
                    throw new IOException("parameter tree changed while GetParameterValuesResponse was written: "
                            + e.getMessage(), e);
                }
                if (result[0] != null && !result[0].isSuccess()) {
                    throw new IOException("GetParameterValues failed while streaming: " + result[0].faultOrNull());
                }
            }
        }
    }

    @Override
    public List<Envelope> read(byte[] body) throws MalformedReplyException {
        try {
            return decoder.decodeAll(body);
        } catch (DecodeException e) {
            if (e.faultCode().isPresent()) {
                throw new MalformedReplyException(e.getMessage(), e, e.cwmpId().orElse(""), e.method().orElse(""));
            }
            throw new MalformedReplyException(e.getMessage(), e);
        }
    }
}
