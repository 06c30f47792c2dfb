package org.homegw.swmod.internal.du;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Deployment-unit UUIDs: RFC 4122 version 5 (SHA-1, name based) as TR-181 DeploymentUnit.UUID asks.
 * TR-181 Annex C was not available here (digest: unverified), so the choice is documented: the name
 * is the DU's Vendor followed by its Name (the bundle symbolic name), and the namespace is the
 * RFC 4122 DNS namespace. An ACS-supplied UUID on Install takes precedence and is kept for good.
 */
public final class DuUuid {

    private static final UUID NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private DuUuid() {
    }

    /** True when {@code s} is a UUID in the 8-4-4-4-12 hex form (else fault 9022). */
    public static boolean isValid(String s) {
        return s != null && FORMAT.matcher(s).matches();
    }

    /** The version-5 UUID of a DU from its vendor and name. */
    public static String of(String vendor, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest((vendor + name).getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(b.getLong(), b.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }
}
