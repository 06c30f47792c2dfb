package org.homegw.diagnostics.internal.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.homegw.diagnostics.internal.core.Cancellation;
import org.homegw.diagnostics.internal.transfer.FtpControl.Reply;

/**
 * One TR-143 test connection over FTP (RFC 959, passive mode): control connection, USER/PASS
 * (anonymous without userinfo), TYPE I, SIZE (download), EPSV then PASV, data connection, RETR or
 * STOR, QUIT. Timing follows the TR-181 2.19 text for FTP: TCPOpenRequestTime/ResponseTime are
 * the DATA connection's open; ROMTime is when RETR/STOR is sent; BOMTime the first data byte
 * received (download) or sent (upload); EOMTime the last data byte received (download) or the
 * server's transfer-complete reply after the last byte sent (upload, as for HTTP PUT). Test bytes
 * are the data-connection payload.
 */
final class FtpExchange {

    private final Clock clock;
    private final Path sysClassNet;
    private final int timeoutMillis;

    FtpExchange(Clock clock, Path sysClassNet, int timeoutMillis) {
        this.clock = clock;
        this.sysClassNet = sysClassNet;
        this.timeoutMillis = timeoutMillis;
    }

    ConnectionResult download(InetAddress address, InetAddress source, FtpTarget target, int dscp, int index,
            long durationMillis, FullLoading meter, Cancellation cancel) throws TransferFailure, InterruptedException {
        Socket control = new Socket();
        Socket data = new Socket();
        cancel.register(control);
        cancel.register(data);
        try (control; data) {
            FtpControl ftp = login(control, address, source, target, dscp, cancel);
            // SIZE (RFC 3659) lets a short file be told from a complete one: Error_IncorrectSize
            Reply size = ftp.command("SIZE " + target.path(), "Error_Timeout");
            long expected = size.code() == 213 ? parseSize(size.text()) : -1;
            InetSocketAddress dataAddress = ftp.passive();
            Instant tcpRequest = clock.instant();
            connect(data, dataAddress, source, dscp, cancel);
            Instant tcpResponse = clock.instant();
            InterfaceCounters before = counters(control);
            Instant rom = clock.instant();
            Reply start = ftp.command("RETR " + target.path(), "Error_Timeout");
            if (!start.preliminary()) {
                throw new TransferFailure("Error_TransferFailed", "RETR refused: " + start.code() + " " + start.text());
            }
            InputStream in = data.getInputStream();
            byte[] buf = new byte[64 * 1024];
            long count = 0;
            Instant bom = null;
            Instant eom = null;
            try {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    cancel.check();
                    if (n == 0) {
                        continue;
                    }
                    eom = clock.instant();
                    if (bom == null) {
                        bom = eom;
                        meter.begun(index);
                    }
                    count += n;
                    meter.progress(index, count);
                    if (durationMillis > 0 && meter.millisSinceFirstByte() >= durationMillis) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                cancel.check();
                throw new TransferFailure("Error_Timeout", "data connection stalled after " + count + " bytes");
            }
            boolean stoppedEarly = durationMillis > 0;
            data.close();
            meter.ended(index);
            if (bom == null) {
                bom = eom = clock.instant();
            }
            Reply done = ftp.reply("Error_Timeout");
            if (!stoppedEarly && !done.positive()) {
                throw new TransferFailure("Error_TransferFailed", "RETR ended with " + done.code() + " " + done.text());
            }
            if (!stoppedEarly && expected >= 0 && count != expected) {
                throw new TransferFailure("Error_IncorrectSize", "received " + count + " of " + expected + " bytes");
            }
            return finish(ftp, control, before, tcpRequest, tcpResponse, rom, bom, eom, count);
        } catch (IOException e) {
            cancel.check();
            throw new TransferFailure("Error_TransferFailed", e.toString());
        } finally {
            cancel.unregister(control);
            cancel.unregister(data);
        }
    }

    ConnectionResult upload(InetAddress address, InetAddress source, FtpTarget target, long length, int dscp,
            int index, long durationMillis, FullLoading meter, Cancellation cancel)
            throws TransferFailure, InterruptedException {
        Socket control = new Socket();
        Socket data = new Socket();
        cancel.register(control);
        cancel.register(data);
        try (control; data) {
            FtpControl ftp = login(control, address, source, target, dscp, cancel);
            InetSocketAddress dataAddress = ftp.passive();
            Instant tcpRequest = clock.instant();
            connect(data, dataAddress, source, dscp, cancel);
            Instant tcpResponse = clock.instant();
            InterfaceCounters before = counters(control);
            Instant rom = clock.instant();
            Reply start = ftp.command("STOR " + target.path(), "Error_Timeout");
            if (!start.preliminary()) {
                throw new TransferFailure("Error_NoSTOR", "STOR refused: " + start.code() + " " + start.text());
            }
            OutputStream out = new BufferedOutputStream(data.getOutputStream(), 64 * 1024);
            byte[] block = new byte[64 * 1024];
            Instant bom = clock.instant();
            meter.begun(index);
            long sent = 0;
            try {
                if (durationMillis > 0) {
                    while (meter.millisSinceFirstByte() < durationMillis) {
                        cancel.check();
                        out.write(block);
                        sent += block.length;
                        meter.progress(index, sent);
                    }
                } else {
                    sent = TestPayload.send(out, block, length, index, sent, meter, cancel);
                }
                out.flush();
                // end of file in stream mode is the close of the data connection (RFC 959 §3.4.1)
                data.close();
            } catch (IOException e) {
                cancel.check();
                throw new TransferFailure("Error_NoTransferComplete", "data connection failed after " + sent
                        + " bytes: " + e.getMessage());
            }
            Reply done = ftp.reply("Error_Timeout");
            Instant eom = clock.instant();
            meter.ended(index);
            if (!done.positive()) {
                throw new TransferFailure("Error_NoTransferComplete", "STOR ended with " + done.code() + " "
                        + done.text());
            }
            return finish(ftp, control, before, tcpRequest, tcpResponse, rom, bom, eom, sent);
        } catch (IOException e) {
            cancel.check();
            throw new TransferFailure("Error_NoTransferComplete", e.toString());
        } finally {
            cancel.unregister(control);
            cancel.unregister(data);
        }
    }

    /** Ends a connection whose data has moved: interface counters since {@code before}, QUIT, the result. */
    private ConnectionResult finish(FtpControl ftp, Socket control, InterfaceCounters before, Instant tcpRequest,
            Instant tcpResponse, Instant rom, Instant bom, Instant eom, long testBytes) {
        InterfaceCounters moved = counters(control).since(before);
        ftp.quit();
        return new ConnectionResult(tcpRequest, tcpResponse, rom, bom, eom, testBytes, moved.received(),
                moved.sent(), control.getLocalAddress().getHostAddress());
    }

    /**
     * Opens the control connection and logs in. States (TR-143 FTP steps): no connection →
     * Error_InitConnectionFailed; no 2xx greeting → Error_NoResponse; USER answered with neither 331
     * (password needed) nor 230 → Error_PasswordRequestFailed; PASS refused → Error_LoginFailed;
     * TYPE I refused → Error_NoTransferMode.
     */
    private FtpControl login(Socket control, InetAddress address, InetAddress source, FtpTarget target, int dscp,
            Cancellation cancel) throws TransferFailure, InterruptedException, IOException {
        connect(control, new InetSocketAddress(address, target.port()), source, dscp, cancel);
        FtpControl ftp = new FtpControl(control, cancel);
        Reply greeting = ftp.reply("Error_NoResponse");
        if (!greeting.positive()) {
            throw new TransferFailure("Error_NoResponse", "FTP greeting " + greeting.code() + " " + greeting.text());
        }
        Reply user = ftp.command("USER " + target.user(), "Error_PasswordRequestFailed");
        if (user.code() == 331) {
            Reply pass = ftp.command("PASS " + target.password(), "Error_LoginFailed");
            if (!pass.positive()) {
                throw new TransferFailure("Error_LoginFailed", "PASS refused: " + pass.code() + " " + pass.text());
            }
        } else if (user.code() != 230) {
            throw new TransferFailure("Error_PasswordRequestFailed", "USER answered " + user.code() + " "
                    + user.text());
        }
        Reply type = ftp.command("TYPE I", "Error_NoTransferMode");
        if (!type.positive()) {
            throw new TransferFailure("Error_NoTransferMode", "TYPE I refused: " + type.code() + " " + type.text());
        }
        return ftp;
    }

    private void connect(Socket socket, InetSocketAddress to, InetAddress source, int dscp, Cancellation cancel)
            throws TransferFailure, InterruptedException {
        try {
            socket.setTrafficClass(dscp << 2);
            if (source != null) {
                socket.bind(new InetSocketAddress(source, 0));
            }
            socket.connect(to, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
        } catch (IOException e) {
            cancel.check();
            throw new TransferFailure("Error_InitConnectionFailed", "cannot connect to "
                    + to.getAddress().getHostAddress() + ":" + to.getPort() + ": " + e.getMessage());
        }
    }

    private static long parseSize(String text) {
        String[] words = text.trim().split("\\s+");
        try {
            return Long.parseLong(words[words.length - 1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private InterfaceCounters counters(Socket socket) {
        return InterfaceCounters.of(sysClassNet, socket.getLocalAddress());
    }
}
