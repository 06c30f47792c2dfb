package org.homegw.transfer.internal.engine;

import java.nio.file.Path;

import org.homegw.transfer.internal.http.TransferFailure;

/**
 * Checks a downloaded firmware image before anything is installed, e.g. its signature, and answers
 * the image to install (the payload of a signed package, or the file itself).
 */
@FunctionalInterface
public interface ImageCheck {

    /** Accepts every image as it is. */
    ImageCheck NONE = (image, work) -> image;

    /**
     * @param image the downloaded file
     * @param work  a file the check may write the image to install into
     * @throws TransferFailure 9019 when the image's authenticity cannot be established, 9018 when it is malformed
     */
    Path verified(Path image, Path work) throws TransferFailure;
}
