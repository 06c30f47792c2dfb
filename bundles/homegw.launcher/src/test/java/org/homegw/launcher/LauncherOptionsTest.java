package org.homegw.launcher;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

public class LauncherOptionsTest {

    @Test
    public void no_arguments_give_the_defaults() throws Exception {
        LauncherOptions o = LauncherOptions.parse();
        assertNull(o.stateDir());
        assertNull(o.acsUrl());
        assertEquals(7547, o.crPort());
        assertEquals(List.of(), o.sets());
        assertFalse(o.noShell());
    }

    @Test
    public void parses_every_option_of_the_contract() throws Exception {
        LauncherOptions o = LauncherOptions.parse("--state-dir", "/tmp/gw", "--acs-url", "https://acs.example:7548/cwmp",
                "--acs-username", "cpe", "--acs-password", "pw", "--cr-port", "30005", "--cr-username", "acs",
                "--cr-password", "crpw", "--set", "Device.ManagementServer.PeriodicInformInterval=300",
                "--set", "Device.DeviceInfo.ProvisioningCode=a=b", "--no-shell");
        assertEquals(Path.of("/tmp/gw"), o.stateDir());
        assertEquals("https://acs.example:7548/cwmp", o.acsUrl());
        assertEquals("cpe", o.acsUsername());
        assertEquals("pw", o.acsPassword());
        assertEquals(30005, o.crPort());
        assertEquals("acs", o.crUsername());
        assertEquals("crpw", o.crPassword());
        assertEquals(List.of(new ParameterOverride("Device.ManagementServer.PeriodicInformInterval", "300"),
                new ParameterOverride("Device.DeviceInfo.ProvisioningCode", "a=b")), o.sets());
        assertTrue(o.noShell());
    }

    @Test
    public void relative_state_dir_becomes_absolute() throws Exception {
        assertTrue(LauncherOptions.parse("--state-dir", "var2").stateDir().isAbsolute());
    }

    @Test
    public void set_accepts_an_empty_value() throws Exception {
        assertEquals("", LauncherOptions.parse("--set", "Device.ManagementServer.URL=").sets().get(0).value());
    }

    @Test
    public void rejects_unknown_option() {
        UsageException e = assertThrows(UsageException.class, () -> LauncherOptions.parse("--verbose"));
        assertEquals("unknown option '--verbose'", e.getMessage());
    }

    @Test
    public void rejects_option_without_value() {
        UsageException e = assertThrows(UsageException.class, () -> LauncherOptions.parse("--acs-url"));
        assertEquals("option --acs-url needs a value", e.getMessage());
    }

    @Test
    public void rejects_port_out_of_range_or_not_a_number() {
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--cr-port", "0"));
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--cr-port", "65536"));
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--cr-port", "http"));
    }

    @Test
    public void rejects_acs_url_that_is_not_http_or_https() {
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--acs-url", "ftp://acs/"));
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--acs-url", "acs.example"));
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--acs-url", "http://"));
    }

    @Test
    public void rejects_set_without_equals_or_with_bad_path() {
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--set", "Device.ManagementServer.URL"));
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--set", "Device.ManagementServer.=1"));
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--set", "Device=1"));
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--set", "Device.Man agement.X=1"));
    }

    @Test
    public void rejects_value_with_line_break_because_overrides_are_newline_separated() {
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--set", "Device.X.Y=a\nDevice.X.Z=b"));
        assertThrows(UsageException.class, () -> LauncherOptions.parse("--acs-password", "a\nb"));
    }

    @Test
    public void rejects_a_single_valued_option_given_twice() {
        UsageException e = assertThrows(UsageException.class,
                () -> LauncherOptions.parse("--cr-port", "1", "--cr-port", "2"));
        assertEquals("option --cr-port given twice", e.getMessage());
    }
}
