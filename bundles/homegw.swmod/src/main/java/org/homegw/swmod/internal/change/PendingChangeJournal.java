package org.homegw.swmod.internal.change;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;
import org.homegw.swmod.internal.du.AtomicProperties;

/**
 * ChangeDUState requests accepted but not yet handed to the CWMP client, one file each, with the
 * results of the operations already done. Written before the ACS gets ChangeDUStateResponse, so a
 * restart in between neither loses the request nor runs a finished operation twice: the remaining
 * operations run after the restart and the DUStateChangeComplete is queued once.
 */
public final class PendingChangeJournal {

    private static final System.Logger LOG = System.getLogger(PendingChangeJournal.class.getName());
    private static final String SUFFIX = ".change";

    /**
     * One accepted request, its journal file, the results so far (in operation order), and the index
     * of the operation that had begun when it was last written (-1: none beyond the results). An
     * operation begun but without a result may have taken effect before a restart cut it short.
     */
    public record Pending(Path file, ChangeDUState request, List<OpResultStruct> results, int started) {
        public Pending {
            results = List.copyOf(results);
        }

        public Pending(Path file, ChangeDUState request, List<OpResultStruct> results) {
            this(file, request, results, -1);
        }

        /** Whether operation {@code index} had begun before the journal was last written, without a result. */
        public boolean begun(int index) {
            return started == index && results.size() == index;
        }
    }

    private final Path dir;
    private long sequence;

    public PendingChangeJournal(Path dir) {
        this.dir = dir;
        for (Pending p : unfinished()) {
            sequence = Math.max(sequence, number(p.file()));
        }
    }

    /** Records an accepted request. */
    public synchronized Pending open(ChangeDUState request) throws IOException {
        Path file = dir.resolve(String.format("%012d", ++sequence) + SUFFIX);
        Pending p = new Pending(file, request, List.of());
        save(p);
        return p;
    }

    /** Records that operation {@code index} begins (before it changes anything). */
    public Pending begin(Pending p, int index) throws IOException {
        Pending next = new Pending(p.file(), p.request(), p.results(), index);
        save(next);
        return next;
    }

    /** Records the result of the next operation. */
    public Pending record(Pending p, OpResultStruct result) throws IOException {
        List<OpResultStruct> results = new ArrayList<>(p.results());
        results.add(result);
        Pending next = new Pending(p.file(), p.request(), results);
        save(next);
        return next;
    }

    /** The request was queued with the CWMP client: forget it. */
    public void complete(Pending p) throws IOException {
        Files.deleteIfExists(p.file());
    }

    /** Requests accepted before a restart and not completed, oldest first. */
    public List<Pending> unfinished() {
        List<Pending> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                try {
                    out.add(load(f));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.ERROR, "damaged ChangeDUState journal " + f + " set aside: " + e);
                    Files.move(f, f.resolveSibling(f.getFileName() + ".damaged"));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot read ChangeDUState journal in " + dir + ": " + e);
        }
        out.sort(Comparator.comparingLong(p -> number(p.file())));
        return out;
    }

    private static long number(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    private static void save(Pending p) throws IOException {
        Properties props = new Properties();
        props.setProperty("commandKey", p.request().commandKey());
        List<DuOperation> ops = p.request().operations();
        for (int i = 0; i < ops.size(); i++) {
            String k = "op." + i + ".";
            DuOperation op = ops.get(i);
            if (op instanceof InstallOpStruct in) {
                put(props, k, "type", "Install", "url", in.url(), "uuid", in.uuid(), "username", in.username(),
                        "password", in.password(), "executionEnvRef", in.executionEnvRef());
            } else if (op instanceof UpdateOpStruct up) {
                put(props, k, "type", "Update", "uuid", up.uuid(), "version", up.version(), "url", up.url(),
                        "username", up.username(), "password", up.password());
            } else {
                UninstallOpStruct un = (UninstallOpStruct) op;
                put(props, k, "type", "Uninstall", "uuid", un.uuid(), "version", un.version(),
                        "executionEnvRef", un.executionEnvRef());
            }
        }
        for (int i = 0; i < p.results().size(); i++) {
            OpResultStruct r = p.results().get(i);
            put(props, "result." + i + ".", "uuid", r.uuid(), "deploymentUnitRef", r.deploymentUnitRef(),
                    "version", r.version(), "currentState", r.currentState(), "resolved", Boolean.toString(r.resolved()),
                    "executionUnitRefList", r.executionUnitRefList(), "startTime", r.startTime(),
                    "completeTime", r.completeTime(), "faultCode", Integer.toString(r.fault().faultCode()),
                    "faultString", r.fault().faultString());
        }
        if (p.started() >= 0) {
            props.setProperty("started", Integer.toString(p.started()));
        }
        AtomicProperties.write(p.file(), props, "homegw: ChangeDUState accepted, DUStateChangeComplete not yet queued");
    }

    private static void put(Properties props, String prefix, String... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                props.setProperty(prefix + keyValues[i], keyValues[i + 1]);
            }
        }
    }

    private static Pending load(Path file) throws IOException {
        Properties p = AtomicProperties.read(file);
        List<DuOperation> ops = new ArrayList<>();
        for (int i = 0; p.getProperty("op." + i + ".type") != null; i++) {
            String k = "op." + i + ".";
            ops.add(switch (p.getProperty(k + "type")) {
                case "Install" -> new InstallOpStruct(p.getProperty(k + "url"), p.getProperty(k + "uuid"),
                        p.getProperty(k + "username"), p.getProperty(k + "password"), p.getProperty(k + "executionEnvRef"));
                case "Update" -> new UpdateOpStruct(p.getProperty(k + "uuid"), p.getProperty(k + "version"),
                        p.getProperty(k + "url"), p.getProperty(k + "username"), p.getProperty(k + "password"));
                default -> new UninstallOpStruct(p.getProperty(k + "uuid"), p.getProperty(k + "version"),
                        p.getProperty(k + "executionEnvRef"));
            });
        }
        List<OpResultStruct> results = new ArrayList<>();
        for (int i = 0; p.getProperty("result." + i + ".currentState") != null; i++) {
            String k = "result." + i + ".";
            results.add(new OpResultStruct(p.getProperty(k + "uuid"), p.getProperty(k + "deploymentUnitRef"),
                    p.getProperty(k + "version"), p.getProperty(k + "currentState"),
                    Boolean.parseBoolean(p.getProperty(k + "resolved")), p.getProperty(k + "executionUnitRefList"),
                    p.getProperty(k + "startTime"), p.getProperty(k + "completeTime"),
                    new FaultStruct(Integer.parseInt(p.getProperty(k + "faultCode")), p.getProperty(k + "faultString"))));
        }
        return new Pending(file, new ChangeDUState(ops, p.getProperty("commandKey", "")), results,
                Integer.parseInt(p.getProperty("started", "-1")));
    }
}
