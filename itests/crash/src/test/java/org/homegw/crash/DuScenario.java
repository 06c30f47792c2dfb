package org.homegw.crash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.labacs.LogEntry;
import org.homegw.labacs.PendingRpc;

/**
 * ChangeDUState installing a small bundle the lab ACS serves, and uninstalling it in the next round.
 * Invariants: one DUStateChangeComplete per request (ledger; required once the ACS has the
 * ChangeDUStateResponse) whose result matches the device — success: the unit is there (install) or
 * gone (uninstall); fault or none: as before.
 */
final class DuScenario implements Scenario {

    static final String SYMBOLIC_NAME = "org.example.crash.unit";
    private static final String DU_TABLE = "Device.SoftwareModules.DeploymentUnit.";

    /** null until first read. */
    private Boolean present;

    @Override
    public String name() {
        return "ChangeDUState install/uninstall of a bundle";
    }

    /** The UUID of the installed unit, empty when it is not installed. */
    private static Optional<String> installed(CrashLab lab) {
        Map<String, String> values = lab.values(List.of(DU_TABLE));
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().endsWith(".Name") && e.getValue().equals(SYMBOLIC_NAME)) {
                String prefix = e.getKey().substring(0, e.getKey().length() - "Name".length());
                return Optional.of(values.getOrDefault(prefix + "UUID", ""));
            }
        }
        return Optional.empty();
    }

    @Override
    public Attempt begin(CrashLab lab, int round) {
        Optional<String> uuid = installed(lab);
        if (present != null && present != uuid.isPresent()) {
            throw new AssertionError("deployment unit " + SYMBOLIC_NAME + " changed by itself: present " + uuid.isPresent());
        }
        boolean wasPresent = uuid.isPresent();
        DuOperation op = wasPresent ? new UninstallOpStruct(uuid.get(), "", "")
                : new InstallOpStruct(lab.serve("unit-" + round + ".jar", bundle(round)), "", "", "", "");
        String key = "du-" + round;
        long mark = lab.acs().mark();
        PendingRpc rpc = lab.acs().queue(lab.device(), new ChangeDUState(List.of(op), key));
        lab.gateway().connectionRequest();
        return new Attempt(mark, rpc) {
            private Optional<LogEntry> complete = Optional.empty();

            @Override
            boolean isDone(LogEntry e) {
                return cpeRequest("DUStateChangeComplete", key).test(e);
            }

            @Override
            void settle(CrashLab lab) {
                // an unanswered request may still have been journalled: it completes right after the start
                Duration wait = acknowledged(lab) ? CrashLab.COMEBACK : Duration.ofSeconds(5);
                complete = awaitEntry(lab, cpeRequest("DUStateChangeComplete", key), wait);
            }

            @Override
            List<String> check(CrashLab lab, DeliveryLedger ledger) {
                boolean promised = acknowledged(lab);
                ledger.expect("DUStateChangeComplete " + key, cpeRequest("DUStateChangeComplete", key), promised);
                boolean isPresent = installed(lab).isPresent();
                String what = (wasPresent ? "uninstall" : "install") + " " + key;
                List<String> v = new ArrayList<>();
                if (complete.isEmpty()) {
                    if (promised) {
                        v.add(what + " acknowledged but no DUStateChangeComplete");
                    }
                    if (isPresent != wasPresent) {
                        v.add(what + " without DUStateChangeComplete changed the device");
                    }
                } else {
                    DUStateChangeComplete c = (DUStateChangeComplete) ((LogEntry.CpeRequestReceived) complete.get()).request();
                    OpResultStruct r = c.results().get(0);
                    boolean ok = r.fault().faultCode() == 0;
                    if (ok && isPresent == wasPresent) {
                        v.add(what + " reported done but the unit is " + (isPresent ? "still there" : "not there"));
                    } else if (!ok) {
                        v.add(what + " reported fault " + r.fault() + " (unit " + (isPresent ? "there" : "not there")
                                + ", before: " + (wasPresent ? "there" : "not there") + ")");
                    }
                }
                present = isPresent;
                return v;
            }
        };
    }

    /** A bundle with nothing but a manifest: enough for the framework to install, resolve and start it. */
    static byte[] bundle(int round) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        a.putValue("Bundle-Version", "1.0." + round);
        a.putValue("Bundle-Vendor", "crash run");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
