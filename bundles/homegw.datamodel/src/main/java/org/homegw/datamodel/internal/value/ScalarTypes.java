package org.homegw.datamodel.internal.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a value of one CWMP base type leniently and writes it back in the canonical form the
 * registry always reports: booleans "true"/"false" (XML Schema canonical), integers without sign or
 * leading zeros, dateTime in UTC with "Z" (un-zoned values, e.g. TR-106 relative times, stay
 * un-zoned), base64 without line breaks, hexBinary in upper case. Answers null when the text is not
 * a value of the type (the caller reports 9006).
 */
final class ScalarTypes {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger UINT_MAX = BigInteger.valueOf(0xFFFFFFFFL);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern HEX = Pattern.compile("([0-9A-Fa-f]{2})*");
    private static final Pattern DATE_TIME = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?");

    private ScalarTypes() {
    }

    /** Base types whose text may carry surrounding whitespace that means nothing. */
    static boolean trims(String baseType) {
        return switch (baseType) {
            case "boolean", "int", "unsignedInt", "long", "unsignedLong", "decimal", "dateTime", "base64", "hexBinary" -> true;
            // string, and unknown base types (read as strings): blanks are content
            default -> false;
        };
    }

    static String canonical(String baseType, String text) {
        switch (baseType) {
            case "string":
                return text;
            case "boolean":
                return bool(text.trim());
            case "int":
                return integer(text.trim(), INT_MIN, INT_MAX);
            case "unsignedInt":
                return integer(text.trim(), BigInteger.ZERO, UINT_MAX);
            case "long":
                return integer(text.trim(), LONG_MIN, LONG_MAX);
            case "unsignedLong":
                return integer(text.trim(), BigInteger.ZERO, ULONG_MAX);
            case "decimal":
                return decimal(text.trim());
            case "dateTime":
                return dateTime(text.trim());
            case "base64":
                return base64(text);
            case "hexBinary":
                return hex(text.trim());
            default:
                // an unknown base type is treated as a string rather than refused
                return text;
        }
    }

    /** Numeric value of a canonical number, for range checks; null for non-numeric types. */
    static BigDecimal numeric(String baseType, String canonical) {
        switch (baseType) {
            case "int", "unsignedInt", "long", "unsignedLong", "decimal":
                return new BigDecimal(canonical);
            default:
                return null;
        }
    }

    /** Length that size facets limit: characters, or decoded bytes for binary types. */
    static long length(String baseType, String canonical) {
        switch (baseType) {
            case "base64":
                return Base64.getDecoder().decode(canonical).length;
            case "hexBinary":
                return canonical.length() / 2;
            default:
                return canonical.codePointCount(0, canonical.length());
        }
    }

    private static String bool(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "true":
                return "true";
            case "0", "false":
                return "false";
            default:
                return null;
        }
    }

    private static String integer(String text, BigInteger min, BigInteger max) {
        if (isShortCanonical(text)) {
            // already canonical and within long: compared without parsing into a BigInteger (every
            // counter and number of a GetParameterValues passes here)
            long value = Long.parseLong(text);
            boolean belowMin = value < min.longValue();
            boolean aboveMax = max.bitLength() < 64 && value > max.longValue(); // unsignedLong's max exceeds long
            return belowMin || aboveMax ? null : text;
        }
        if (!INTEGER.matcher(text).matches()) {
            return null;
        }
        BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        return value.compareTo(min) < 0 || value.compareTo(max) > 0 ? null : value.toString();
    }

    /** Up to 18 digits with an optional "-", no leading zero and no "-0": canonical, and a long. */
    private static boolean isShortCanonical(String text) {
        int first = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - first;
        if (digits < 1 || digits > 18 || text.charAt(first) == '0' && (digits > 1 || first == 1)) {
            return false;
        }
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        String plain = value.stripTrailingZeros().toPlainString();
        return "-0".equals(plain) ? "0" : plain;
    }

    private static String dateTime(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        // the fraction is kept as given: TR-181 wants some times "to microsecond precision"
        // (TR-143 ROMTime/BOMTime/EOMTime), and .914460 trimmed to .91446 no longer says so
        String fraction = m.group(7) == null ? "" : m.group(7);
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            String zone = m.group(8);
            if (zone == null) {
                return format(local) + fraction;
            }
            LocalDateTime utc = "Z".equals(zone) ? local
                    : OffsetDateTime.of(local, ZoneOffset.of(zone)).withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime();
            if (utc.getYear() < 1) {
                return null;
            }
            return format(utc) + fraction + "Z";
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "yyyy-MM-ddTHH:mm:ss" as {@code %04d-%02d-...} would print it; by hand, since String.format was a
     * tenth of a warm session's CPU (every Inform reads dateTime parameters). */
    private static String format(LocalDateTime t) {
        if (t.getYear() < 0) {
            return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                    t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        }
        StringBuilder b = new StringBuilder(19);
        pad(b, t.getYear(), 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append('T');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        return pad(b, t.getSecond(), 2).toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    private static String base64(String text) {
        String compact = text.replaceAll("\\s+", "");
        try {
            return Base64.getEncoder().encodeToString(Base64.getDecoder().decode(compact));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String hex(String text) {
        return HEX.matcher(text).matches() ? text.toUpperCase(Locale.ROOT) : null;
    }
}
