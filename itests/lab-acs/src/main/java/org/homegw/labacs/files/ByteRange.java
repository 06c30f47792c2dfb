package org.homegw.labacs.files;

/**
 * One satisfiable byte range of a file of known length, from a {@code Range: bytes=...} header (RFC 9110 §14).
 * Only single ranges are served as 206; a header with several ranges gets the whole file (allowed by RFC 9110).
 */
public record ByteRange(long first, long last) {

    public long length() {
        return last - first + 1;
    }

    /** Result of reading a Range header. */
    public sealed interface Parsed {
    }

    /** No (usable) Range: send the whole file with 200. */
    public record Whole() implements Parsed {
    }

    /** Send this part with 206. */
    public record Part(ByteRange range) implements Parsed {
    }

    /** Nothing of the file is in the range: 416. */
    public record Unsatisfiable() implements Parsed {
    }

    public static Parsed parse(String header, long fileLength) {
        if (header == null || !header.startsWith("bytes=")) {
            return new Whole();
        }
        String spec = header.substring(6).strip();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        try {
            String a = spec.substring(0, dash).strip();
            String b = spec.substring(dash + 1).strip();
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0 || fileLength == 0) {
                    return new Unsatisfiable();
                }
                return new Part(new ByteRange(Math.max(0, fileLength - suffix), fileLength - 1));
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? fileLength - 1 : Math.min(Long.parseLong(b), fileLength - 1);
            if (first < 0 || (!b.isEmpty() && Long.parseLong(b) < first)) {
                return new Whole();
            }
            if (first >= fileLength) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            return new Whole();
        }
    }
}
