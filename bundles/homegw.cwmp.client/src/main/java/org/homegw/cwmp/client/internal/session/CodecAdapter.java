package org.homegw.cwmp.client.internal.session;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * value by value from one walk of the data model (through a spool file, never a list in memory).
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
                writeStreamed((Outgoing.StreamedResponse) o, out);
            }
        }
    }

    /**
     * One walk of the data model fills a spool file (the values, counted); then the envelope is
     * written from it with that count. The SOAP arrayType needs the count before the first value, and
     * counting in one walk and writing in another broke whenever the tree changed in between (a LAN
     * host, a process coming or going during a 100,000-value answer): the encoder then gave up after
     * the values, and the ACS received half a document. The spool keeps the heap flat; it lives in the
     * temporary directory (owner-only) for the duration of this one write. A prepared (small) answer
     * was read in one walk already and is written straight from its values.
     */
    private void writeStreamed(Outgoing.StreamedResponse s, OutputStream out) throws IOException {
        if (s.values().isPrepared()) { // a small answer read once already: its values, no spool file
            encoder.encodeGetParameterValuesResponse(out, s.version(), CwmpHeader.ofId(s.id()), s.values().count(),
                    w -> s.values().writeTo(model, v -> w.write(v.path(), v.value(), v.type())));
            return;
        }
        Path spool = Files.createTempFile("homegw-gpv-", ".spool");
        try {
            int count = spool(s, spool);
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16))) {
                encoder.encodeGetParameterValuesResponse(out, s.version(), CwmpHeader.ofId(s.id()), count, w -> {
                    try {
                        for (int i = 0; i < count; i++) {
                            w.write(readString(in), readString(in), readString(in));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Writes every value to the spool; answers how many. */
    private int spool(Outgoing.StreamedResponse s, Path spool) throws IOException {
        int[] count = {0};
        Outcome<?> result;
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16))) {
            result = s.values().writeTo(model, v -> {
                try {
                    writeString(d, v.path());
                    writeString(d, v.value());
                    writeString(d, v.type());
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (result != null && !result.isSuccess()) {
            throw new IOException("GetParameterValues failed while streaming: " + result.faultOrNull());
        }
        return count[0];
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
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
