package org.homegw.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.homegw.testkit.Issued;
import org.homegw.testkit.TestPki;

/**
 * A throw-away firmware signing CA and signer, and firmware images in the default installer's
 * format ({@code HOMEGW-FIRMWARE <version>} + payload) signed the way
 * {@code openssl cms -sign -binary -nodetach -outform DER} signs them (the format the transfer
 * bundle's README documents).
 */
final class FirmwareSigner {

    private final TestPki ca;
    private final Issued signer;

    private FirmwareSigner(String name) {
        ca = new TestPki(name + " CA");
        signer = ca.codeSigningCert(name + " signer");
    }

    static FirmwareSigner create(String name) {
        return new FirmwareSigner(name);
    }

    /** Writes the CA certificate as PEM (the device's firmware trust anchors). */
    Path writeCaPem(Path file) {
        return ca.writeCaPem(file);
    }

    /** An unsigned image: header line and {@code payloadBytes} of seeded random payload. */
    static byte[] image(String version, int payloadBytes) {
        byte[] header = ("HOMEGW-FIRMWARE " + version + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] image = new byte[header.length + payloadBytes];
        System.arraycopy(header, 0, image, 0, header.length);
        byte[] payload = new byte[payloadBytes];
        new Random(version.hashCode()).nextBytes(payload);
        System.arraycopy(payload, 0, image, header.length, payloadBytes);
        return image;
    }

    /** A DER CMS SignedData with the image encapsulated, signed by this CA's signer. */
    byte[] signed(byte[] image) {
        return signer.signCms(image);
    }

    /**
     * A signed package whose encapsulated image was changed after signing (one payload byte near the
     * end flipped): the signature no longer matches.
     */
    byte[] tampered(byte[] image) {
        byte[] pkg = signed(image);
        byte[] last = Arrays.copyOfRange(image, image.length - 16, image.length);
        int at = indexOf(pkg, last);
        if (at < 0) {
            throw new IllegalStateException("image bytes not found in the package");
        }
        pkg[at + 8] ^= 0x01;
        return pkg;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
