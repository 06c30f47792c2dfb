package org.homegw.adapter.stb.spi;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An IPTV set-top box with one IP front end, one audio and one video decoder and one AV player:
 * what it can decode, which components are enabled, and what it plays now.
 */
@ConsumerType
public interface StbDriver {

    /** TR-135 Capabilities.AudioDecoder.AudioStandards values the box decodes. */
    List<String> audioStandards();

    /** TR-135 Capabilities.VideoDecoder.VideoStandards values the box decodes. */
    List<String> videoStandards();

    /** Enables or disables the components; the box plays only while all are enabled. */
    void apply(StbSettings settings) throws IOException;

    /** What is playing, or null when nothing is. */
    Playback playback();

    /** Where the box reports that playback changed (a channel change, a stop); null stops the reports. */
    void setListener(Runnable playbackChanged);

    /** The box's audio and video outputs (connectors), fixed; none for a box that only decodes. */
    default List<AvOutput> outputs() {
        return List.of();
    }

    /** Switches the outputs and sets the audio level; called with every change, and once at start. */
    default void applyOutputs(OutputSettings settings) throws IOException {
        // a box without outputs has nothing to switch
    }

    /** The main (IPTV) stream's counters since the last reset, or null when the box does not monitor it. */
    default MainStreamStats mainStreamStats() {
        return null;
    }

    /** Starts the main stream's counters again from zero (TR-135 ServiceMonitoring Total.Reset). */
    default void resetMainStreamStats() {
    }

    /**
     * Component switches and viewer preference.
     *
     * @param frontEnd              IP front end enabled
     * @param audioDecoder          audio decoder enabled
     * @param videoDecoder          video decoder enabled
     * @param player                AV player enabled
     * @param preferredAudioLanguage ISO 639 code, "" for the stream's default
     */
    record StbSettings(boolean frontEnd, boolean audioDecoder, boolean videoDecoder, boolean player,
                       String preferredAudioLanguage) {
    }

    /**
     * The stream being played.
     *
     * @param name          channel name
     * @param uri           multicast or unicast URI of the inbound stream
     * @param audioStandard one of {@link #audioStandards()}
     * @param videoStandard one of {@link #videoStandards()}
     * @param aspectRatio   4:3 or 16:9
     * @param audioLanguage ISO 639 code of the audio track played
     */
    record Playback(String name, String uri, String audioStandard, String videoStandard, String aspectRatio,
                    String audioLanguage) {
    }
}
