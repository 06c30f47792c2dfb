package org.homegw.transfer.api;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Installs firmware images the way a dual-bank (A/B) device does: {@link #install} writes a
 * downloaded image to the inactive bank and arms it for the next boot, without touching the running
 * image; the next boot tries the new image, and a device that does not reach a healthy start within
 * its number of attempts falls back to the previous image.
 *
 * <p>The transfer manager calls {@link #install} from its worker thread, then asks the runtime for
 * a reboot. After every start it calls {@link #confirmHealthy()} (the gateway came up far enough to
 * talk to the ACS) and then {@link #lastSwitch()} to learn how the switch ended, which it reports in
 * the TransferComplete.
 */
@ConsumerType
public interface FirmwareInstaller {

    /** How the last armed image switch ended, as seen after a restart. */
    enum SwitchState {
        /** No image was installed since the last reported switch. */
        NONE,
        /** An image is in the inactive bank, to be tried at the next boot. */
        ARMED,
        /** The new image is booting; it has not yet been confirmed healthy. */
        TRIAL,
        /** The new image started healthy and is now the active one. */
        ACTIVE,
        /** The new image did not start healthy in time; the previous image runs again. */
        ROLLED_BACK
    }

    /**
     * Verifies the image and writes it to the inactive bank, arming it for the next boot. The
     * running image is not changed. Answers 9018 for an image this device cannot use.
     */
    ApplyResult install(Path image);

    /** The device started healthy: a trial image becomes the active one. */
    void confirmHealthy();

    /** The state of the last image switch. */
    SwitchState lastSwitch();

    /** Forgets the outcome of the last switch once it was reported, so {@link #lastSwitch()} says NONE. */
    void acknowledgeSwitch();

    /** The software version of the running image. */
    String runningVersion();
}
