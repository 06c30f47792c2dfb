package org.homegw.adapter.wifi.internal.sim;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.homegw.adapter.wifi.spi.RadioCapabilities;
import org.homegw.adapter.wifi.spi.RadioSettings;
import org.homegw.adapter.wifi.spi.RadioStatus;
import org.homegw.adapter.wifi.spi.SsidInfo;
import org.homegw.adapter.wifi.spi.SsidSettings;
import org.homegw.adapter.wifi.spi.SsidStatus;
import org.homegw.adapter.wifi.spi.Station;
import org.homegw.adapter.wifi.spi.TrafficStats;
import org.homegw.adapter.wifi.spi.WifiDriver;
import org.homegw.adapter.wifi.spi.WifiSettings;

/**
 * A dual-band access point in software: a 2.4 GHz and a 5 GHz radio with {@code ssidsPerRadio} SSID
 * slots each. Every {@link #tick()} (driven by a scheduler in the gateway, by hand in tests) moves
 * time forward on the injected clock: up SSIDs beacon and carry their stations' traffic, so counters
 * grow with time; stations join and leave at random (seeded), and the listener hears of it. Turning an
 * SSID or its radio off drops its stations at once. The hardware refuses channels it cannot tune to.
 */
public final class SimulatedWifiDriver implements WifiDriver {

    /** How the simulation behaves. */
    public record Options(int ssidsPerRadio, int maxStationsPerSsid, double joinProbability, double leaveProbability,
                          String baseMac) {
    }

    private static final int BEACONS_PER_SECOND = 10;
    private static final int BEACON_BYTES = 250;
    private static final int FRAME_BYTES = 1200;

    private final Clock clock;
    private final Random random;
    private final Options options;
    private final List<RadioCapabilities> radios;
    private final List<SsidInfo> ssids;
    private final Map<Integer, RadioSettings> radioSettings = new HashMap<>();
    private final Map<Integer, SsidSettings> ssidSettings = new HashMap<>();
    private final Map<Integer, Integer> channels = new HashMap<>();
    private final Map<Integer, Map<String, Station>> stations = new HashMap<>();
    private final Map<Integer, TrafficStats> stats = new HashMap<>();
    private volatile Listener listener;
    private Instant lastTick;

    public SimulatedWifiDriver(Clock clock, Random random, Options options) {
        this.clock = clock;
        this.random = random;
        this.options = options;
        this.radios = List.of(
                new RadioCapabilities(1, "wifi0", "2.4GHz", range(1, 14, 1), List.of("b", "g", "n", "ax"),
                        List.of(25, 50, 75, 100), 574),
                new RadioCapabilities(2, "wifi1", "5GHz", fiveGhzChannels(), List.of("a", "n", "ac", "ax"),
                        List.of(25, 50, 75, 100), 2402));
        List<SsidInfo> slots = new ArrayList<>();
        int n = 1;
        for (RadioCapabilities r : radios) {
            for (int i = 0; i < options.ssidsPerRadio(); i++, n++) {
                slots.add(new SsidInfo(n, r.radio(), "wl" + (r.radio() - 1) + (i == 0 ? "" : "." + i), mac(n)));
                stations.put(n, new LinkedHashMap<>());
                stats.put(n, TrafficStats.ZERO);
            }
        }
        this.ssids = List.copyOf(slots);
        this.lastTick = clock.instant();
    }

    @Override
    public List<RadioCapabilities> radios() {
        return radios;
    }

    @Override
    public List<SsidInfo> ssids() {
        return ssids;
    }

    @Override
    public void apply(WifiSettings settings) throws IOException {
        Set<Integer> dropped = new TreeSet<>();
        synchronized (this) {
            for (RadioSettings r : settings.radios()) {
                RadioCapabilities caps = radios.stream().filter(c -> c.radio() == r.radio()).findFirst()
                        .orElseThrow(() -> new IOException("no radio " + r.radio()));
                if (!r.autoChannel() && !caps.channels().contains(r.channel())) {
                    throw new IOException("radio " + r.radio() + " cannot tune to channel " + r.channel());
                }
            }
            for (RadioSettings r : settings.radios()) {
                radioSettings.put(r.radio(), r);
                channels.put(r.radio(), pickChannel(r));
            }
            for (SsidSettings s : settings.ssids()) {
                ssidSettings.put(s.ssid(), s);
            }
            for (SsidInfo s : ssids) {
                if (!isUp(s) && !stations.get(s.ssid()).isEmpty()) {
                    stations.get(s.ssid()).clear();
                    dropped.add(s.ssid());
                }
            }
        }
        notifyChanged(dropped);
    }

    /** Auto channel keeps the current channel while it stays permitted, else picks one at random. */
    private int pickChannel(RadioSettings r) {
        if (!r.autoChannel() || r.allowedChannels().isEmpty()) {
            return r.channel();
        }
        Integer current = channels.get(r.radio());
        if (current != null && r.allowedChannels().contains(current)) {
            return current;
        }
        return r.allowedChannels().get(random.nextInt(r.allowedChannels().size()));
    }

    @Override
    public synchronized RadioStatus radioStatus(int radio) {
        RadioSettings s = radioSettings.get(radio);
        TrafficStats sum = TrafficStats.ZERO;
        for (SsidInfo info : ssids) {
            if (info.radio() == radio) {
                sum = sum.plus(stats.get(info.ssid()));
            }
        }
        return new RadioStatus(s != null && s.enabled(), channels.getOrDefault(radio, 0), sum);
    }

    @Override
    public synchronized SsidStatus ssidStatus(int ssid) {
        SsidInfo info = ssids.stream().filter(s -> s.ssid() == ssid).findFirst().orElse(null);
        return new SsidStatus(info != null && isUp(info), stats.getOrDefault(ssid, TrafficStats.ZERO));
    }

    @Override
    public synchronized List<Station> stations(int ssid) {
        Map<String, Station> m = stations.get(ssid);
        return m == null ? List.of() : List.copyOf(m.values());
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Advances the simulation to the clock's present. */
    public void tick() {
        Set<Integer> changed = new TreeSet<>();
        synchronized (this) {
            Instant now = clock.instant();
            double seconds = Math.max(0, Duration.between(lastTick, now).toMillis() / 1000.0);
            lastTick = now;
            for (SsidInfo s : ssids) {
                if (!isUp(s)) {
                    continue;
                }
                Map<String, Station> here = stations.get(s.ssid());
                stats.put(s.ssid(), stats.get(s.ssid()).plus(traffic(here.values(), seconds)));
                if (!here.isEmpty() && random.nextDouble() < options.leaveProbability()) {
                    List<String> macs = new ArrayList<>(here.keySet());
                    here.remove(macs.get(random.nextInt(macs.size())));
                    changed.add(s.ssid());
                }
                if (here.size() < options.maxStationsPerSsid() && random.nextDouble() < options.joinProbability()) {
                    Station st = newStation(s);
                    here.put(st.macAddress(), st);
                    changed.add(s.ssid());
                }
            }
        }
        notifyChanged(changed);
    }

    /** Beacons, plus each station's downlink and uplink at a fraction of its link rate. */
    private TrafficStats traffic(Iterable<Station> present, double seconds) {
        long beacons = (long) (BEACONS_PER_SECOND * seconds);
        long bytesSent = beacons * BEACON_BYTES;
        long bytesReceived = 0;
        for (Station st : present) {
            // stations use about 1% of their link rate on average (kbit/s to bytes/s: * 1000 / 8)
            bytesSent += (long) (st.downlinkKbps() * 1000 / 8 * 0.01 * seconds);
            bytesReceived += (long) (st.uplinkKbps() * 1000 / 8 * 0.01 * seconds);
        }
        long packetsSent = beacons + (bytesSent - beacons * BEACON_BYTES) / FRAME_BYTES;
        long packetsReceived = bytesReceived / FRAME_BYTES;
        long errors = packetsReceived > 0 && random.nextInt(50) == 0 ? 1 : 0;
        return new TrafficStats(bytesSent, bytesReceived, packetsSent, packetsReceived, 0, errors);
    }

    private Station newStation(SsidInfo s) {
        byte[] b = new byte[6];
        random.nextBytes(b);
        // locally administered, unicast
        b[0] = (byte) ((b[0] & 0xFC) | 0x02);
        StringBuilder mac = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            mac.append(i == 0 ? "" : ":").append(String.format("%02x", b[i] & 0xFF));
        }
        boolean fiveGhz = s.radio() == 2;
        int signal = -35 - random.nextInt(45);
        long rate = (fiveGhz ? 866_000 : 144_000) * (100 + signal + 35) / 100;
        return new Station(mac.toString(), signal, Math.max(1000, rate), Math.max(1000, rate / 2), fiveGhz ? "ac" : "n");
    }

    private boolean isUp(SsidInfo s) {
        RadioSettings r = radioSettings.get(s.radio());
        SsidSettings ss = ssidSettings.get(s.ssid());
        return r != null && r.enabled() && ss != null && ss.enabled();
    }

    private void notifyChanged(Set<Integer> ssidNumbers) {
        Listener l = listener;
        if (l != null) {
            ssidNumbers.forEach(l::stationsChanged);
        }
    }

    private String mac(int ssid) {
        String base = options.baseMac().toLowerCase();
        int last = Integer.parseInt(base.substring(base.length() - 2), 16);
        return base.substring(0, base.length() - 2) + String.format("%02x", (last + ssid - 1) & 0xFF);
    }

    private static List<Integer> fiveGhzChannels() {
        List<Integer> out = new ArrayList<>(range(36, 64, 4));
        out.addAll(range(100, 144, 4));
        out.addAll(range(149, 165, 4));
        return out;
    }

    private static List<Integer> range(int from, int to, int step) {
        List<Integer> out = new ArrayList<>();
        for (int c = from; c <= to; c += step) {
            out.add(c);
        }
        return out;
    }
}
