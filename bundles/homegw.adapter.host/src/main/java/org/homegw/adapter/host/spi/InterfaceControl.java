package org.homegw.adapter.host.spi;

import java.io.IOException;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Switches the host's network interfaces administratively up or down: the writes of
 * {@code Ethernet.Interface.{i}.Enable} and {@code IP.Interface.{i}.Enable}. A SetParameterValues
 * first asks every write's {@link #refusal} (nothing changes yet; a refusal answers 9001 for that
 * parameter and the whole request is applied nowhere), then calls {@link #setEnabled} for each.
 * Taking an interface down can cut the ACS off: a platform decides which interfaces may be switched.
 */
@ConsumerType
public interface InterfaceControl {

    /** Why switching {@code interfaceName} is refused, or empty when {@link #setEnabled} may do it. */
    Optional<String> refusal(String interfaceName, boolean enable);

    /** Brings the interface up ({@code true}) or down; fails when the platform does not do it. */
    void setEnabled(String interfaceName, boolean enable) throws IOException;
}
