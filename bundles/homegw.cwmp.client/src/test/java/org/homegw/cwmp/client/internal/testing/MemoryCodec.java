package org.homegw.cwmp.client.internal.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.homegw.cwmp.client.internal.session.Outgoing;
import org.homegw.cwmp.client.internal.session.WireCodec;
import org.homegw.cwmp.message.Envelope;

/** A stand-in codec for unit tests: "encodes" envelopes as handles into an in-memory table. */
public final class MemoryCodec implements WireCodec {

    private final Map<String, Envelope> table = new ConcurrentHashMap<>();

    @Override
    public void write(List<Outgoing> envelopes, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Outgoing o : envelopes) {
            Envelope e = ((Outgoing.Plain) o).envelope();
            String handle = "env-" + Integer.toHexString(System.identityHashCode(e)) + "-" + table.size();
            table.put(handle, e);
            sb.append(handle).append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<Envelope> read(byte[] body) throws MalformedReplyException {
        List<Envelope> out = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            Envelope e = table.get(line.trim());
            if (e == null) {
                throw new MalformedReplyException("unknown handle " + line, null);
            }
            out.add(e);
        }
        return out;
    }
}
