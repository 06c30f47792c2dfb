package org.homegw.adapter.host.internal.linux;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The shipped interface control; the "ip" command is replaced by a shell script, never the real one. */
public class IpLinkControlTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** A stand-in for ip(8) that records its arguments and exits with {@code exitCode}. */
    private List<String> fakeIp(Path record, int exitCode) {
        return List.of("sh", "-c", "echo \"$@\" > '" + record + "'; echo 'RTNETLINK answers: nope'; exit " + exitCode, "ip");
    }

    @Test
    public void refuses_everything_unless_permitted() {
        IpLinkControl c = new IpLinkControl(false, Set.of(), List.of("ip"), 1000);
        Optional<String> r = c.refusal("eth0", false);
        assertTrue(r.orElseThrow(), r.orElseThrow().contains("allowInterfaceControl=false"));
        IOException e = assertThrows(IOException.class, () -> c.setEnabled("eth0", false));
        assertTrue(e.getMessage().contains("off on this device"));
    }

    @Test
    public void permitted_control_refuses_names_that_are_not_interfaces_or_not_listed() {
        IpLinkControl c = new IpLinkControl(true, Set.of("eth1"), List.of("ip"), 1000);
        assertTrue(c.refusal("eth1; reboot", true).isPresent());
        assertTrue(c.refusal("a-name-that-is-too-long", true).isPresent());
        assertTrue(c.refusal("eth0", true).orElseThrow().contains("not among"));
        assertEquals(Optional.empty(), c.refusal("eth1", true));
    }

    @Test
    public void runs_ip_link_set_dev_name_up_or_down() throws Exception {
        Path record = tmp.getRoot().toPath().resolve("args");
        IpLinkControl c = new IpLinkControl(true, Set.of(), fakeIp(record, 0), 5000);
        c.setEnabled("eth9", false);
        assertEquals("link set dev eth9 down", Files.readString(record).strip());
        c.setEnabled("eth9", true);
        assertEquals("link set dev eth9 up", Files.readString(record).strip());
    }

    @Test
    public void a_failing_command_is_an_error_carrying_its_output() {
        Path record = tmp.getRoot().toPath().resolve("args");
        IpLinkControl c = new IpLinkControl(true, Set.of(), fakeIp(record, 2), 5000);
        IOException e = assertThrows(IOException.class, () -> c.setEnabled("eth9", true));
        assertTrue(e.getMessage(), e.getMessage().contains("exit code 2") && e.getMessage().contains("RTNETLINK answers: nope"));
    }
}
