package org.homegw.transfer.internal.ftp;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The control connection of an FTP session (RFC 959): one command at a time, multi-line replies
 * folded into one. Bounded: a reply line longer than 8 KiB or a reply of more than 100 lines is a
 * protocol error, so a hostile server cannot make the gateway buffer without end.
 */
final class FtpControl implements Closeable {

    private static final int MAX_LINE = 8192;
    private static final int MAX_LINES = 100;

    /** A server reply: the three-digit code and the text of its last line. */
    record Reply(int code, String text) {
        boolean positive() {
            return code >= 100 && code < 400;
        }

        @Override
        public String toString() {
            return code + " " + text;
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private FtpControl(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** Connects and reads the greeting (which must be 2xx). */
    static FtpControl connect(InetSocketAddress server, Duration connectTimeout, Duration readTimeout)
            throws IOException, FtpException {
        Socket s = new Socket();
        try {
            s.connect(server, (int) connectTimeout.toMillis());
            s.setSoTimeout((int) readTimeout.toMillis());
            FtpControl c = new FtpControl(s);
            Reply greeting = c.read();
            if (greeting.code() / 100 != 2) {
                throw new FtpException(greeting, "server not ready");
            }
            return c;
        } catch (IOException | FtpException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The server's address: data connections go there, never to an address a PASV reply names. */
    InetAddress peer() {
        return socket.getInetAddress();
    }

    /** Sends one command (no CR or LF inside: they would smuggle a second command) and reads the reply. */
    Reply send(String command) throws IOException {
        if (command.indexOf('\r') >= 0 || command.indexOf('\n') >= 0 || command.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("FTP command with a line break");
        }
        out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return read();
    }

    /** Reads one reply, following a multi-line reply ("123-" ... "123 ") to its end. */
    Reply read() throws IOException {
        String first = line();
        int code = code(first);
        String last = first;
        if (first.length() > 3 && first.charAt(3) == '-') {
            String end = first.substring(0, 3) + " ";
            int lines = 1;
            while (!(last.startsWith(end) || last.equals(first.substring(0, 3)))) {
                if (++lines > MAX_LINES) {
                    throw new IOException("FTP reply longer than " + MAX_LINES + " lines");
                }
                last = line();
            }
        }
        return new Reply(code, last.length() > 4 ? last.substring(4) : "");
    }

    private static int code(String line) throws IOException {
        if (line.length() < 3 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(1))
                || !Character.isDigit(line.charAt(2)) || (line.length() > 3 && line.charAt(3) != ' '
                && line.charAt(3) != '-')) {
            throw new IOException("not an FTP reply: '" + printable(line) + "'");
        }
        return Integer.parseInt(line.substring(0, 3));
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("FTP server closed the control connection");
            }
            if (b.size() >= MAX_LINE) {
                throw new IOException("FTP reply line longer than " + MAX_LINE + " bytes");
            }
            b.write(c);
        }
        String s = b.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String printable(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A reply that ends the transfer, with the command's purpose. */
    static final class FtpException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Reply reply;

        FtpException(Reply reply, String what) {
            super(what + ": " + reply);
            this.reply = reply;
        }

        Reply reply() {
            return reply;
        }
    }
}
