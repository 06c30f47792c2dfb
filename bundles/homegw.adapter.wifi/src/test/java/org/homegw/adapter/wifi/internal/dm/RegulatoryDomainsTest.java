package org.homegw.adapter.wifi.internal.dm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class RegulatoryDomainsTest {

    @Test
    public void fcc_allows_channels_1_to_11_and_etsi_1_to_13() {
        assertEquals(11, RegulatoryDomains.channels("US ", "2.4GHz").size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), RegulatoryDomains.channels("DEI", "2.4GHz"));
        assertFalse(RegulatoryDomains.channels("JP ", "2.4GHz").contains(14));
    }

    @Test
    public void five_ghz_depends_on_region_and_environment() {
        assertTrue(RegulatoryDomains.channels("US ", "5GHz").containsAll(List.of(36, 64, 100, 144, 149, 165)));
        assertFalse(RegulatoryDomains.channels("DE ", "5GHz").contains(149));
        assertTrue(RegulatoryDomains.channels("DE ", "5GHz").contains(36));
        assertFalse("36-64 is indoor only in Europe", RegulatoryDomains.channels("DEO", "5GHz").contains(36));
        assertTrue(RegulatoryDomains.channels("DEO", "5GHz").contains(100));
        assertEquals(List.of(36, 40, 44, 48, 52, 56, 60, 64, 149, 153, 157, 161, 165), RegulatoryDomains.channels("CN ", "5GHz"));
    }

    @Test
    public void unknown_or_malformed_domains_are_refused() {
        assertFalse(RegulatoryDomains.isKnown("XX "));
        assertFalse(RegulatoryDomains.isKnown("US"));
        assertFalse(RegulatoryDomains.isKnown("USA"));
        assertFalse(RegulatoryDomains.isKnown(null));
        assertTrue(RegulatoryDomains.isKnown("GBI"));
        assertEquals(List.of(), RegulatoryDomains.channels("XX ", "2.4GHz"));
        assertEquals(List.of(), RegulatoryDomains.channels("US ", "6GHz"));
    }
}
