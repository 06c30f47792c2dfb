package org.homegw.adapter.voip.spi;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Voice hardware and SIP stack: a fixed number of lines (one SIP account each), the codecs the DSP
 * supports, the configuration applied as a whole, and each line's live state. Lines are numbered
 * from 1.
 */
@ConsumerType
public interface VoiceDriver {

    List<CodecCapability> codecs();

    int lineCount();

    /** Applies the complete configuration; registrations restart where their account changed. */
    void apply(VoiceSettings settings) throws IOException;

    LineState line(int line);

    /** Where the driver reports that a line's registration or call state changed; null stops it. */
    void setListener(Listener listener);

    /** Receives driver events on a driver thread; must not block. */
    @FunctionalInterface
    interface Listener {
        void lineChanged(int line);
    }
}
