package org.homegw.swmod.internal.du;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import java.net.http.HttpResponse;

/**
 * Writes a response body to a file and stops (cancelling the transfer) as soon as it passes the
 * size limit, whether or not the server declared a Content-Length.
 */
final class BoundedFileSubscriber implements HttpResponse.BodySubscriber<Path> {

    /** The body passed the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("body exceeds " + limit + " bytes");
        }
    }

    private final Path target;
    private final long maxBytes;
    private final long declared;
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private FileChannel channel;
    private long written;

    BoundedFileSubscriber(Path target, long maxBytes, long declared) {
        this.target = target;
        this.maxBytes = maxBytes;
        this.declared = declared;
    }

    @Override
    public CompletionStage<Path> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > maxBytes) {
            fail(new TooLarge(maxBytes));
            return;
        }
        try {
            channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            fail(e);
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        try {
            for (ByteBuffer b : buffers) {
                written += b.remaining();
                if (written > maxBytes) {
                    fail(new TooLarge(maxBytes));
                    return;
                }
                while (b.hasRemaining()) {
                    channel.write(b);
                }
            }
        } catch (IOException e) {
            fail(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        closeChannel();
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        try {
            if (channel != null) {
                channel.force(true);
            }
            closeChannel();
            result.complete(target);
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Stops the transfer from outside (time is up). */
    void abort() {
        fail(new IOException("aborted"));
    }

    private void fail(Throwable t) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        closeChannel();
        result.completeExceptionally(t);
    }

    private synchronized void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the result already says what went wrong
            }
            channel = null;
        }
    }
}
