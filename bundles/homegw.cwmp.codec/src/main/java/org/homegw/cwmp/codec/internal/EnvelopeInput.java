package org.homegw.cwmp.codec.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.cwmp.codec.DecodeException.Reason;

/**
 * The bytes of one HTTP body as the XML parser sees them. Some ACSs put several envelopes in one
 * body, which is not one XML document; this stream makes it one by wrapping the body in a
 * synthetic root element ({@link #WRAPPER_NS}) placed after the first XML declaration, and by
 * blanking later XML declarations. It also enforces the byte limit and refuses any DOCTYPE
 * before the parser could act on it. Comments and CDATA sections are tracked so that their
 * content is never mistaken for markup.
 *
 * <p>Characters are decoded here, not by the parser, from the BOM or the declared encoding
 * (UTF-8 when none or unknown); bytes that are invalid in that encoding become U+FFFD, since
 * ACSs that declare UTF-8 and send Latin-1 exist. Only ASCII-compatible encodings can be
 * wrapped; a UTF-16 body is passed through unchanged (and must then hold exactly one envelope).
 */
final class EnvelopeInput extends InputStream {
    /** Namespace of the synthetic root element. */
    static final String WRAPPER_NS = "urn:homegw:codec:envelopes";
    private static final byte[] OPEN = ("<m:envelopes xmlns:m=\"" + WRAPPER_NS + "\">")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</m:envelopes>".getBytes(StandardCharsets.US_ASCII);
    private static final int LOOKAHEAD = 9; // length of "<![CDATA[" and "<!DOCTYPE"
    private static final int MAX_DECLARATION = 512;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private enum State { MARKUP, COMMENT, CDATA, DECLARATION }

    private final InputStream source;
    private final long maxBytes;
    private long consumed;

    private static final int BUFFER = 16 * 1024;
    private static final int MIN_BUFFER = 1024;

    private byte[] buf;
    private int start;    // next byte to hand out
    private int scanned;  // bytes before this index are final
    private int end;      // bytes before this index are filled
    private boolean eof;
    private boolean wrapping;
    private Charset charset = StandardCharsets.UTF_8;
    private byte[] trailer = CLOSE;
    private int trailerPos;
    private State state = State.MARKUP;
    private int prev1;
    private int prev2;

    EnvelopeInput(InputStream source, long maxBytes) throws IOException {
        this.source = source;
        this.maxBytes = maxBytes;
        // an HTTP body already in memory tells its size: a 500-byte InformResponse needs no 16 KB
        // (it grows by doubling if the hint was wrong)
        int hint = source.available();
        this.buf = new byte[hint > 0 ? Math.min(BUFFER, Math.max(MIN_BUFFER, hint + LOOKAHEAD + 1)) : BUFFER];
        prepareProlog();
    }

    /** The characters of the body for the parser. */
    Reader reader() {
        return new InputStreamReader(this, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Reads the start of the body and lays out: [BOM] [XML declaration] wrapper-open, rest. */
    private void prepareProlog() throws IOException {
        while (end < MAX_DECLARATION && fill()) {
            // read enough to see the XML declaration
        }
        int p = 0;
        if (end >= 2 && ((buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF) || (buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)
                || buf[0] == 0 || buf[1] == 0)) {
            wrapping = false;
            charset = buf[0] == 0 ? StandardCharsets.UTF_16BE
                    : buf[1] == 0 && buf[0] != (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16;
            scanned = end;
            state = null;
            return;
        }
        wrapping = true;
        byte[] bom = new byte[0]; // a UTF-8 BOM is dropped: the charset is chosen here, not by the parser
        if (end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            p = 3;
        }
        while (p < end && isSpace(buf[p])) {
            p++; // leading blanks before the declaration are an error in XML; tolerate them
        }
        int declEnd = p;
        if (startsWith(p, "<?xml") && p + 5 < end && isSpace(buf[p + 5])) {
            int q = indexOf(p, "?>");
            if (q >= 0) {
                declEnd = q + 2;
                charset = declaredCharset(new String(buf, p, declEnd - p, StandardCharsets.ISO_8859_1));
            }
        }
        byte[] prolog = new byte[bom.length + (declEnd - p) + OPEN.length];
        System.arraycopy(bom, 0, prolog, 0, bom.length);
        System.arraycopy(buf, p, prolog, bom.length, declEnd - p);
        System.arraycopy(OPEN, 0, prolog, bom.length + declEnd - p, OPEN.length);
        int rest = end - declEnd;
        byte[] nb = new byte[Math.max(buf.length, prolog.length + rest + 1024)];
        System.arraycopy(prolog, 0, nb, 0, prolog.length);
        System.arraycopy(buf, declEnd, nb, prolog.length, rest);
        buf = nb;
        start = 0;
        scanned = prolog.length;
        end = prolog.length + rest;
    }

    private static Charset declaredCharset(String declaration) {
        Matcher m = ENCODING.matcher(declaration);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                // a wrapped body must stay ASCII-compatible; anything else is read as UTF-8
                if ("A".equals(new String(new byte[] {'A'}, declared)) && !declared.name().startsWith("UTF-16")
                        && !declared.name().startsWith("UTF-32")) {
                    return declared;
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // unknown encoding name: read as UTF-8 below
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (start == scanned) {
            if (!advance()) {
                return readTrailer(out, off, len);
            }
        }
        int n = Math.min(len, scanned - start);
        System.arraycopy(buf, start, out, off, n);
        start += n;
        return n;
    }

    private int readTrailer(byte[] out, int off, int len) {
        if (!wrapping || trailerPos == trailer.length) {
            return -1;
        }
        int n = Math.min(len, trailer.length - trailerPos);
        System.arraycopy(trailer, trailerPos, out, off, n);
        trailerPos += n;
        return n;
    }

    /** Makes more scanned bytes available; false at the end of the input. */
    private boolean advance() throws IOException {
        if (scanned < end - (eof ? 0 : LOOKAHEAD)) {
            scan(eof ? end : end - LOOKAHEAD);
            return true;
        }
        if (eof) {
            if (state == State.DECLARATION) {
                throw new InputRefused(Reason.MALFORMED_XML, "unterminated XML declaration");
            }
            return false;
        }
        compact();
        fill();
        if (!wrapping) {
            scanned = end;
        }
        return scanned < end || !eof;
    }

    private void compact() {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            scanned -= start;
            start = 0;
        }
        if (end == buf.length) {
            byte[] nb = new byte[buf.length * 2];
            System.arraycopy(buf, 0, nb, 0, end);
            buf = nb;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = source.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        consumed += n;
        if (consumed > maxBytes) {
            throw new InputRefused(Reason.TOO_LARGE, "body larger than " + maxBytes + " bytes");
        }
        end += n;
        return true;
    }

    /** Classifies bytes [scanned, limit); may look ahead up to LOOKAHEAD bytes past limit. */
    private void scan(int limit) throws IOException {
        int i = scanned;
        while (i < limit) {
            int b = buf[i];
            switch (state) {
                case MARKUP:
                    if (b == '<') {
                        i = markupStart(i);
                        continue;
                    }
                    break;
                case COMMENT:
                    if (b == '>' && prev1 == '-' && prev2 == '-') {
                        state = State.MARKUP;
                    }
                    break;
                case CDATA:
                    if (b == '>' && prev1 == ']' && prev2 == ']') {
                        state = State.MARKUP;
                    }
                    break;
                case DECLARATION:
                    buf[i] = ' ';
                    if (b == '>' && prev1 == '?') {
                        state = State.MARKUP;
                    }
                    break;
                default:
                    break;
            }
            prev2 = prev1;
            prev1 = b;
            i++;
        }
        scanned = i;
    }

    /** Handles a '<' in markup at index i; returns the index to continue scanning from. */
    private int markupStart(int i) throws IOException {
        prev2 = 0;
        prev1 = 0;
        if (startsWith(i, "<!--")) {
            state = State.COMMENT;
            return i + 4;
        }
        if (startsWith(i, "<![CDATA[")) {
            state = State.CDATA;
            return i + 9;
        }
        if (startsWith(i, "<!DOCTYPE") || startsWith(i, "<!doctype")) {
            throw new InputRefused(Reason.DOCTYPE_FORBIDDEN, "DOCTYPE is not allowed");
        }
        if (startsWith(i, "<?xml") && i + 5 < end && isSpace(buf[i + 5])) {
            // a later envelope's XML declaration: blank it so the wrapped body stays one document
            state = State.DECLARATION;
            return i;
        }
        return i + 1;
    }

    private boolean startsWith(int i, String s) {
        if (i + s.length() > end) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (buf[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(int from, String s) {
        for (int i = from; i + s.length() <= end; i++) {
            if (startsWith(i, s)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
