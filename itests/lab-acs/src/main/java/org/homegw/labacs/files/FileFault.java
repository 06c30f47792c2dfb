package org.homegw.labacs.files;

/**
 * How the file server misbehaves for one file, so a CPE's download error handling can be tested:
 * set with {@link FileServer#fileFault(String, FileFault)}; applies to every GET of that file until
 * cleared.
 */
public sealed interface FileFault {

    /** Announce the whole length, send only the first {@code bytes} of the body, then close the connection. */
    record Truncate(long bytes) implements FileFault {
        public Truncate {
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must not be negative");
            }
        }
    }

    /** Send the body at about {@code bytesPerSecond} (a slow link), in chunks of at most 4 KiB. */
    record Throttle(long bytesPerSecond) implements FileFault {
        public Throttle {
            if (bytesPerSecond < 1) {
                throw new IllegalArgumentException("bytesPerSecond must be positive");
            }
        }
    }
}
