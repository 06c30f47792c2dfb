package org.homegw.transfer.internal.ftp;

import static org.homegw.transfer.internal.http.TransferFaults.CANNOT_ACCESS_FILE;
import static org.homegw.transfer.internal.http.TransferFaults.CANNOT_CONTACT_SERVER;
import static org.homegw.transfer.internal.http.TransferFaults.CORRUPTED;
import static org.homegw.transfer.internal.http.TransferFaults.INCOMPLETE;
import static org.homegw.transfer.internal.http.TransferFaults.INTERNAL_ERROR;
import static org.homegw.transfer.internal.http.TransferFaults.SERVER_AUTHENTICATION;
import static org.homegw.transfer.internal.http.TransferFaults.UPLOAD_FAILURE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homegw.transfer.internal.ftp.FtpControl.FtpException;
import org.homegw.transfer.internal.ftp.FtpControl.Reply;
import org.homegw.transfer.internal.http.Credentials;
import org.homegw.transfer.internal.http.DownloadProgress;
import org.homegw.transfer.internal.http.PartFile;
import org.homegw.transfer.internal.http.TransferAbort;
import org.homegw.transfer.internal.http.TransferFailure;

/**
 * Plain FTP (RFC 959) downloads and uploads in passive mode, binary type, with the CWMP fault codes
 * the HTTP client uses: 9015 server unreachable or no data connection, 9012 login refused, 9016 file
 * not there or not permitted, 9017 data cut short, 9018 more bytes than expected, 9011 upload refused.
 *
 * <p>Without credentials the login is anonymous (RFC 1635). The URL path is taken relative to the
 * login directory, percent-decoded; a path with a line break is refused before anything is sent.
 * Data connections go to the control connection's server address whatever a PASV reply names (no
 * FTP bounce). A partial download is resumed with REST when the file's SIZE and MDTM are what they
 * were when it began (its validator), else fetched again from its first byte.
 */
public final class FtpClient {

    /** Timeouts, and how often a download is fsynced (its resume point). */
    public record Settings(Duration connectTimeout, Duration readTimeout, long syncEveryBytes) {
    }

    /** A completed download: its size and validator ("ftp:&lt;size&gt;:&lt;mdtm&gt;", "" if unknown). */
    public record Downloaded(long size, String validator) {
    }

    private static final int BUFFER = 64 * 1024;
    private static final Pattern EPSV = Pattern.compile("\\((.)\\1\\1(\\d{1,5})\\1\\)");
    private static final Pattern PASV = Pattern.compile("(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3}),(\\d{1,3})");

    private final Settings settings;

    public FtpClient(Settings settings) {
        this.settings = settings;
    }

    /**
     * Downloads {@code url} into {@code part}, resuming the bytes already there when the file's
     * validator still equals {@code validator}; fails 9018 beyond {@code maxBytes}.
     */
    public Downloaded download(URI url, Credentials creds, Path part, String validator, long maxBytes,
            DownloadProgress progress, TransferAbort abort) throws TransferFailure {
        String path = path(url);
        abort.check();
        try (FtpControl c = login(url, creds)) {
            long size = size(c, path);
            String now = size < 0 ? "" : "ftp:" + size + ":" + mdtm(c, path);
            long have = sizeOf(part);
            if (have > 0 && (now.isEmpty() || !now.equals(validator))) {
                have = 0; // a different file, or no way to tell: start again
            }
            if (size > maxBytes) {
                throw new TransferFailure(CORRUPTED, "file of " + size + " bytes is larger than the " + maxBytes
                        + " bytes expected");
            }
            progress.validator(now);
            try (Socket data = openData(c)) {
                if (have > 0 && c.send("REST " + have).code() != 350) {
                    have = 0;
                }
                Reply retr = c.send("RETR " + path);
                if (!retr.positive()) {
                    throw refused(retr, "RETR " + path);
                }
                long got = receive(data, part, have, maxBytes, progress, abort);
                data.close();
                Reply done = c.read();
                if (done.code() / 100 != 2) {
                    throw new TransferFailure(INCOMPLETE, "FTP transfer of " + path + " ended with " + done);
                }
                if (size >= 0 && got != size) {
                    throw new TransferFailure(INCOMPLETE, "FTP transfer of " + path + " ended after " + got + " of "
                            + size + " bytes");
                }
                quit(c);
                return new Downloaded(got, now);
            }
        } catch (IOException e) {
            throw new TransferFailure(INCOMPLETE, "FTP download from " + url.getHost() + " failed: " + e.getMessage(), e);
        }
    }

    /** Uploads {@code file} with STOR; 9011 when the server does not take it. */
    public void upload(URI url, Credentials creds, Path file, TransferAbort abort) throws TransferFailure {
        String path = path(url);
        abort.check();
        try (FtpControl c = login(url, creds); Socket data = openData(c)) {
            Reply stor = c.send("STOR " + path);
            if (!stor.positive()) {
                throw stor.code() == 550 || stor.code() == 553 || stor.code() == 530 ? refused(stor, "STOR " + path)
                        : new TransferFailure(UPLOAD_FAILURE, "FTP server refused STOR " + path + ": " + stor);
            }
            try (OutputStream out = data.getOutputStream(); InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[BUFFER];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    abort.check();
                    out.write(buf, 0, n);
                }
            }
            Reply done = c.read();
            if (done.code() / 100 != 2) {
                throw new TransferFailure(UPLOAD_FAILURE, "FTP upload of " + path + " ended with " + done);
            }
            quit(c);
        } catch (IOException e) {
            throw new TransferFailure(UPLOAD_FAILURE, "FTP upload to " + url.getHost() + " failed: " + e.getMessage(), e);
        }
    }

    /** The URL's path relative to the login directory; 9016 for none, 9003-like refusal of line breaks. */
    static String path(URI url) throws TransferFailure {
        String p = url.getPath() == null ? "" : url.getPath();
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty() || p.endsWith("/")) {
            throw new TransferFailure(CANNOT_ACCESS_FILE, "FTP URL names no file: " + url);
        }
        if (p.indexOf('\r') >= 0 || p.indexOf('\n') >= 0 || p.indexOf('\0') >= 0) {
            throw new TransferFailure(CANNOT_ACCESS_FILE, "FTP path with a control character: " + url);
        }
        return p;
    }

    private FtpControl login(URI url, Credentials creds) throws TransferFailure {
        int port = url.getPort() > 0 ? url.getPort() : 21;
        FtpControl c;
        try {
            c = FtpControl.connect(new InetSocketAddress(url.getHost(), port), settings.connectTimeout(),
                    settings.readTimeout());
        } catch (IOException | FtpException e) {
            throw new TransferFailure(CANNOT_CONTACT_SERVER, "cannot contact FTP server " + url.getHost() + ":" + port
                    + ": " + e.getMessage(), e);
        }
        try {
            String user = creds.present() ? creds.username() : "anonymous";
            String password = creds.present() ? creds.password() : "anonymous@";
            if ((user + password).chars().anyMatch(ch -> ch == '\r' || ch == '\n' || ch == 0)) {
                // would smuggle a second command into the login
                throw new TransferFailure(SERVER_AUTHENTICATION, "FTP credentials with a line break");
            }
            Reply r = c.send("USER " + user);
            if (r.code() == 331) {
                r = c.send("PASS " + password);
            }
            if (r.code() != 230 && r.code() != 202) {
                throw new TransferFailure(r.code() == 530 || r.code() == 332 || r.code() == 331 ? SERVER_AUTHENTICATION
                        : CANNOT_CONTACT_SERVER, "FTP login to " + url.getHost() + " refused: " + r);
            }
            r = c.send("TYPE I");
            if (r.code() != 200) {
                throw new TransferFailure(CANNOT_CONTACT_SERVER, "FTP server refused binary mode: " + r);
            }
            return c;
        } catch (IOException | IllegalArgumentException e) {
            closeQuietly(c);
            throw new TransferFailure(CANNOT_CONTACT_SERVER, "FTP login to " + url.getHost() + " failed: " + e.getMessage(), e);
        } catch (TransferFailure f) {
            closeQuietly(c);
            throw f;
        }
    }

    /** SIZE of the file, -1 when the server cannot tell; 9016 when the file is not there. */
    private static long size(FtpControl c, String path) throws IOException, TransferFailure {
        Reply r = c.send("SIZE " + path);
        if (r.code() == 213) {
            try {
                return Long.parseLong(r.text().trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (r.code() == 550) {
            throw new TransferFailure(CANNOT_ACCESS_FILE, "FTP server has no file " + path + ": " + r);
        }
        return -1;
    }

    private static String mdtm(FtpControl c, String path) throws IOException {
        Reply r = c.send("MDTM " + path);
        return r.code() == 213 ? r.text().trim() : "";
    }

    /** A passive data connection: EPSV, else PASV; always to the control connection's server. */
    private Socket openData(FtpControl c) throws IOException, TransferFailure {
        int port = -1;
        Reply r = c.send("EPSV");
        Matcher m = EPSV.matcher(r.text());
        if (r.code() == 229 && m.find()) {
            port = Integer.parseInt(m.group(2));
        } else {
            r = c.send("PASV");
            m = PASV.matcher(r.text());
            if (r.code() == 227 && m.find()) {
                port = Integer.parseInt(m.group(5)) * 256 + Integer.parseInt(m.group(6));
            }
        }
        if (port < 1 || port > 65535) {
            throw new TransferFailure(CANNOT_CONTACT_SERVER, "FTP server offers no passive data connection: " + r);
        }
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(c.peer(), port), (int) settings.connectTimeout().toMillis());
            s.setSoTimeout((int) settings.readTimeout().toMillis());
            return s;
        } catch (IOException e) {
            s.close();
            throw new TransferFailure(CANNOT_CONTACT_SERVER, "cannot open the FTP data connection: " + e.getMessage(), e);
        }
    }

    private long receive(Socket data, Path part, long offset, long maxBytes, DownloadProgress progress,
            TransferAbort abort) throws TransferFailure {
        return offset + PartFile.append(data::getInputStream, part, offset, maxBytes, settings.syncEveryBytes(),
                progress, abort, "FTP data");
    }

    private static TransferFailure refused(Reply r, String what) {
        int code = switch (r.code()) {
            case 530, 532 -> SERVER_AUTHENTICATION;
            case 425 -> CANNOT_CONTACT_SERVER;
            case 426, 451 -> INCOMPLETE;
            default -> CANNOT_ACCESS_FILE;
        };
        return new TransferFailure(code, "FTP server refused " + what + ": " + r);
    }

    private static void quit(FtpControl c) {
        try {
            c.send("QUIT");
        } catch (IOException | RuntimeException ignored) {
            // the transfer is done; a server that drops the connection early changes nothing
        }
    }

    private static void closeQuietly(FtpControl c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing a failed session
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
