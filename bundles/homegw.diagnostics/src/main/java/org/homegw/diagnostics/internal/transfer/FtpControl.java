package org.homegw.diagnostics.internal.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.diagnostics.internal.core.Cancellation;

/**
 * The FTP control connection of one TR-143 test connection (RFC 959): commands out, replies in
 * (multi-line replies folded into their final line), passive-mode negotiation. A reply that does not
 * come within the socket timeout becomes the TransferFailure state the caller names.
 */
final class FtpControl {

    /** One reply: the 3-digit code and the text of its last line. */
    record Reply(int code, String text) {
        boolean positive() {
            return code >= 200 && code < 300;
        }

        boolean preliminary() {
            return code >= 100 && code < 200;
        }
    }

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_LINES = 200;
    private static final Pattern EPSV = Pattern.compile("\\(([!-~])\\1\\1(\\d{1,5})\\1\\)");
    private static final Pattern PASV = Pattern.compile("(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3})");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Cancellation cancel;

    FtpControl(Socket socket, Cancellation cancel) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.cancel = cancel;
    }

    void send(String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next reply; a timeout, an end of stream or a garbled reply fails with {@code state}. */
    Reply reply(String state) throws TransferFailure, InterruptedException, IOException {
        try {
            String first = line(state);
            int code = code(first, state);
            String last = first;
            if (first.length() > 3 && first.charAt(3) == '-') {
                // multi-line: ends with the line "<code> " (RFC 959 §4.2)
                String end = first.substring(0, 3) + " ";
                for (int n = 0; !last.startsWith(end); n++) {
                    if (n > MAX_LINES) {
                        throw new TransferFailure(state, "FTP reply too long");
                    }
                    last = line(state);
                }
            }
            return new Reply(code, last);
        } catch (SocketTimeoutException e) {
            cancel.check();
            throw new TransferFailure(state, "no FTP reply within the timeout");
        }
    }

    /** Sends {@code command} and answers its reply. */
    Reply command(String command, String state) throws TransferFailure, InterruptedException, IOException {
        send(command);
        return reply(state);
    }

    /**
     * Passive mode: EPSV (RFC 2428) first, PASV if refused. The data connection always goes to the
     * control connection's peer: the address in a 227 reply is ignored (it can be a private address
     * behind NAT, and following it would let a server point the test elsewhere).
     */
    InetSocketAddress passive() throws TransferFailure, InterruptedException, IOException {
        InetSocketAddress peer = (InetSocketAddress) socket.getRemoteSocketAddress();
        Reply epsv = command("EPSV", "Error_Timeout");
        Matcher m = EPSV.matcher(epsv.text());
        if (epsv.code() == 229 && m.find()) {
            return new InetSocketAddress(peer.getAddress(), port(Integer.parseInt(m.group(2))));
        }
        Reply pasv = command("PASV", "Error_Timeout");
        m = PASV.matcher(pasv.text());
        if (pasv.code() != 227 || !m.find()) {
            throw new TransferFailure("Error_NoPASV", "passive mode refused: " + pasv.code() + " " + pasv.text());
        }
        return new InetSocketAddress(peer.getAddress(), port(Integer.parseInt(m.group(5)) * 256
                + Integer.parseInt(m.group(6))));
    }

    /** QUIT, best effort: the measurement is over, a server that does not answer changes nothing. */
    void quit() {
        try {
            send("QUIT");
            reply("Error_Other");
        } catch (IOException | TransferFailure | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int port(int p) throws TransferFailure {
        if (p < 1 || p > 65535) {
            throw new TransferFailure("Error_NoPASV", "passive port out of range: " + p);
        }
        return p;
    }

    private static int code(String line, String state) throws TransferFailure {
        if (line.length() < 3 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(1))
                || !Character.isDigit(line.charAt(2)) || (line.length() > 3 && line.charAt(3) != ' '
                && line.charAt(3) != '-')) {
            throw new TransferFailure(state, "not an FTP reply: " + line);
        }
        return Integer.parseInt(line.substring(0, 3));
    }

    private String line(String state) throws IOException, TransferFailure {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); ; c = in.read()) {
            if (c < 0) {
                throw new TransferFailure(state, "FTP control connection closed");
            }
            if (c == '\n') {
                int len = sb.length();
                return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
            }
            if (sb.length() > MAX_LINE) {
                throw new TransferFailure(state, "FTP reply line too long");
            }
            sb.append((char) c);
        }
    }
}
