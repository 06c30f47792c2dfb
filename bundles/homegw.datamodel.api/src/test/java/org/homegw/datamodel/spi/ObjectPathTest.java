package org.homegw.datamodel.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class ObjectPathTest {

    @Test
    public void splits_an_object_path_below_the_root_and_matches_instance_numbers() {
        ObjectPath p = ObjectPath.of("Device.", "Device.Ethernet.Interface.3.");
        assertEquals(List.of("Ethernet", "Interface", "3"), p.names());
        assertTrue(p.is("Ethernet", "Interface", "#"));
        assertFalse(p.is("Ethernet", "Interface"));
        assertFalse(p.is("Ethernet", "Link", "#"));
        assertEquals(3, p.number(2));
        assertEquals(-1, p.number(1));
        assertEquals(-1, ObjectPath.of("Device.", "Device.X.99999999999999999999.").number(1));
    }

    @Test
    public void the_root_has_no_names_and_other_paths_are_none_of_the_roots() {
        assertEquals(0, ObjectPath.of("Device.", "Device.").size());
        assertNull(ObjectPath.of("Device.", "InternetGatewayDevice.LANDevice.1."));
        assertNull("a parameter path is not an object path", ObjectPath.of("Device.", "Device.DeviceInfo.UpTime"));
    }

    @Test
    public void instance_numbers_stay_with_their_key_and_are_never_reused() {
        InstanceNumbers<String> numbers = new InstanceNumbers<>();
        assertEquals(List.of(1L, 2L), numbers.assign(List.of("aa", "bb")));
        assertEquals(List.of(2L, 3L), numbers.assign(List.of("bb", "cc")));
        assertEquals(List.of(1L, 4L), numbers.assign(List.of("aa", "dd")));
    }
}
