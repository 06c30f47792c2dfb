package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homegw.adapter.host.spi.InterfaceControl;

/** A test {@link InterfaceControl}: refuses the listed interfaces, records the switches it is asked for. */
final class RecordingControl implements InterfaceControl {

    final List<String> switched = new ArrayList<>();
    Set<String> refused = Set.of();
    boolean failing;

    @Override
    public Optional<String> refusal(String interfaceName, boolean enable) {
        return refused.contains(interfaceName) ? Optional.of(interfaceName + " is the WAN") : Optional.empty();
    }

    @Override
    public void setEnabled(String interfaceName, boolean enable) throws IOException {
        if (failing) {
            throw new IOException("RTNETLINK answers: Operation not permitted");
        }
        switched.add(interfaceName + (enable ? " up" : " down"));
    }
}
