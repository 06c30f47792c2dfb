package org.homegw.swmod.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.homegw.swmod.internal.du.DuRecord;
import org.homegw.swmod.internal.du.DuRegistry;
import org.homegw.swmod.internal.du.DuUuid;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DuRegistryTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void numbering_survives_reload_and_numbers_are_not_reused() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("swmod/du.properties");
        DuRegistry first = new DuRegistry(file);
        DuRecord a = first.allocate("loc:a", "uuid-a", "http://x/a.jar", "2026-11-27T08:00:00Z", "1.0.0");
        first.allocate("loc:b", "uuid-b", "", "2026-11-27T08:00:00Z", "1.0.0");
        first.remove("loc:b");

        DuRegistry second = new DuRegistry(file);
        assertEquals(a, second.byLocation("loc:a").orElseThrow());
        assertFalse(second.byLocation("loc:b").isPresent());
        DuRecord c = second.allocate("loc:c", "uuid-c", "", "2026-11-27T08:00:00Z", "1.0.0");
        assertEquals(3, c.duNumber());
        assertEquals(3, c.euNumber());
        assertFalse(Files.exists(file.resolveSibling("du.properties.tmp")));
    }

    @Test
    public void uuid_is_rfc4122_version_5() {
        // RFC 4122 DNS namespace, name "python.org": the widely published v5 test vector
        assertEquals("886313e1-3b8a-5372-9b90-0c9aee199e5d", DuUuid.of("", "python.org"));
        assertTrue(DuUuid.isValid(DuUuid.of("Vendor", "com.example.x")));
        assertFalse(DuUuid.isValid("886313e1-3b8a-5372-9b90"));
        assertFalse(DuUuid.isValid(null));
    }
}
