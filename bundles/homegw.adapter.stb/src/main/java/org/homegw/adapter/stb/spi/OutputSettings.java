package org.homegw.adapter.stb.spi;

import java.util.List;

/**
 * How each output of {@link StbDriver#outputs()} is set, by its position in that list.
 *
 * @param enabled     whether the output is on
 * @param audioLevels volume in percent of an audio output (0 is muted); ignored for video outputs
 */
public record OutputSettings(List<Boolean> enabled, List<Integer> audioLevels) {
    public OutputSettings {
        enabled = List.copyOf(enabled);
        audioLevels = List.copyOf(audioLevels);
    }
}
