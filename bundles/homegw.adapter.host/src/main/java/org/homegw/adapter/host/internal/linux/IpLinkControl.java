package org.homegw.adapter.host.internal.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.homegw.adapter.host.spi.InterfaceControl;

/**
 * {@link InterfaceControl} on Linux with {@code ip link set dev <name> up|down}. Off unless the
 * device configuration permits it (a gateway's interfaces belong to its network manager, and a
 * management agent that can take the WAN down must be a firmware builder's decision); when on, only
 * the listed interfaces may be switched (all when the list is empty).
 */
public final class IpLinkControl implements InterfaceControl {

    /** Linux interface names: at most 15 bytes (IFNAMSIZ - 1), no '/' or blanks. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:@-]{1,15}");

    private final boolean permitted;
    private final Set<String> interfaces;
    private final List<String> command;
    private final long timeoutMillis;

    /**
     * @param permitted     whether interfaces may be switched at all
     * @param interfaces    the names that may be switched; empty means every interface
     * @param command       the {@code ip} command and any prefix (e.g. {@code sudo -n ip})
     * @param timeoutMillis how long the command may take
     */
    public IpLinkControl(boolean permitted, Set<String> interfaces, List<String> command, long timeoutMillis) {
        this.permitted = permitted;
        this.interfaces = Set.copyOf(interfaces);
        this.command = List.copyOf(command);
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Optional<String> refusal(String interfaceName, boolean enable) {
        if (!permitted) {
            return Optional.of("switching interfaces is off on this device"
                    + " (org.homegw.adapter.host.linux.control: allowInterfaceControl=false)");
        }
        if (!NAME.matcher(interfaceName).matches()) {
            return Optional.of("'" + interfaceName + "' is not a Linux interface name");
        }
        if (!interfaces.isEmpty() && !interfaces.contains(interfaceName)) {
            return Optional.of(interfaceName + " is not among the interfaces the device lets the ACS switch");
        }
        return Optional.empty();
    }

    @Override
    public void setEnabled(String interfaceName, boolean enable) throws IOException {
        Optional<String> refused = refusal(interfaceName, enable);
        if (refused.isPresent()) {
            throw new IOException(refused.get());
        }
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of("link", "set", "dev", interfaceName, enable ? "up" : "down"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " did not finish within " + timeoutMillis + " ms");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", cmd), e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed with exit code " + p.exitValue() + ": " + output);
        }
    }
}
