package org.homegw.adapter.wifi.internal.dm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Channels each regulatory domain permits, per band. TR-181 RegulatoryDomain is three characters:
 * an ISO 3166-1 country code and ' ' (all environments), 'O' (outdoor) or 'I' (indoor). The table
 * covers the common gateway markets (FCC, ETSI, MIC, SRRC); an unknown country is refused rather
 * than guessed.
 */
public final class RegulatoryDomains {

    private enum Region { FCC, ETSI, MIC, SRRC }

    private static final Set<String> ETSI = Set.of("AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO",
            "SE", "SI", "SK");
    private static final Map<String, Region> OTHERS = Map.of("US", Region.FCC, "CA", Region.FCC, "JP", Region.MIC,
            "CN", Region.SRRC);

    private RegulatoryDomains() {
    }

    /** True when the domain is well formed and its country is known. */
    public static boolean isKnown(String domain) {
        return region(domain) != null;
    }

    /** The permitted channels for a band ("2.4GHz", "5GHz", "6GHz") in a domain, ascending; empty if none. */
    public static List<Integer> channels(String domain, String band) {
        Region region = region(domain);
        if (region == null) {
            return List.of();
        }
        boolean outdoor = domain.charAt(2) == 'O';
        return switch (band) {
            // channel 14 (Japan) is 802.11b only: not offered
            case "2.4GHz" -> range(1, region == Region.FCC ? 11 : 13, 1);
            case "5GHz" -> fiveGhz(region, outdoor);
            default -> List.of();
        };
    }

    private static List<Integer> fiveGhz(Region region, boolean outdoor) {
        List<Integer> out = new ArrayList<>();
        // U-NII-1/2 (36-64) is indoor-only under ETSI and MIC
        if (!(outdoor && (region == Region.ETSI || region == Region.MIC))) {
            out.addAll(range(36, 64, 4));
        }
        switch (region) {
            case FCC -> {
                out.addAll(range(100, 144, 4));
                out.addAll(range(149, 165, 4));
            }
            case ETSI -> out.addAll(range(100, 140, 4));
            case MIC -> out.addAll(range(100, 144, 4));
            case SRRC -> out.addAll(range(149, 165, 4));
        }
        return out;
    }

    private static Region region(String domain) {
        if (domain == null || domain.length() != 3 || " OI".indexOf(domain.charAt(2)) < 0) {
            return null;
        }
        String country = domain.substring(0, 2);
        return ETSI.contains(country) ? Region.ETSI : OTHERS.get(country);
    }

    private static List<Integer> range(int from, int to, int step) {
        List<Integer> out = new ArrayList<>();
        for (int c = from; c <= to; c += step) {
            out.add(c);
        }
        return out;
    }
}
