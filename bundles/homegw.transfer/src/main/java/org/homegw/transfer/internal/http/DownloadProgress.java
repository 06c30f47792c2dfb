package org.homegw.transfer.internal.http;

/** What a download reports while it runs, so that a restart can resume it safely. */
public interface DownloadProgress {

    /** Ignores everything. */
    DownloadProgress NONE = new DownloadProgress() {
        @Override
        public void validator(String etag) {
        }

        @Override
        public void synced(long bytes) {
        }
    };

    /** The ETag of a 200/206 answer, told before its body is read ("" if none). */
    void validator(String etag);

    /** The first {@code bytes} of the partial file are on disk (fsynced). */
    void synced(long bytes);
}
