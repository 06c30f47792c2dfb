package org.homegw.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.ParameterInfoStruct;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.e2e.E2eGateway;
import org.homegw.labacs.AwaitTimeoutException;
import org.homegw.labacs.LabAcs;
import org.homegw.labacs.LogEntry;

/**
 * What the crash scenarios work with: the gateway process and the lab ACS of an {@link E2eGateway},
 * the lab ACS's file directory, and the kills done so far (times and ACS log marks), which decide
 * whether a repeated delivery was excusable.
 */
final class CrashLab {

    /** How long a killed gateway may take to come back with its boot Inform (a loaded CI machine). */
    static final Duration COMEBACK = Duration.ofSeconds(60);

    private final E2eGateway gw;
    private final Path filesDir;
    private final List<Kill> kills = new ArrayList<>();
    /** Parameter values as last seen committed, shared by the scenarios (they share the ParameterKey). */
    private final Map<String, String> known = new LinkedHashMap<>();

    /** One SIGKILL: when, and the ACS log's sequence number at that moment. */
    record Kill(Instant time, long mark) {
    }

    CrashLab(E2eGateway gw, Path filesDir) {
        this.gw = gw;
        this.filesDir = filesDir;
    }

    LabAcs acs() {
        return gw.acs();
    }

    String device() {
        return gw.device();
    }

    E2eGateway gateway() {
        return gw;
    }

    List<Kill> kills() {
        return List.copyOf(kills);
    }

    /** The first kill after {@code t}, if any. */
    java.util.Optional<Kill> killAfter(Instant t) {
        return kills.stream().filter(k -> k.time().isAfter(t)).findFirst();
    }

    /** Writes a file the lab ACS serves under /files/; returns its URL. */
    String serve(String name, byte[] content) {
        try {
            Files.write(filesDir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return acs().fileUrl(name).toString();
    }

    /** SIGKILL now; remembers it. */
    Kill kill() {
        gw.kill();
        Kill k = new Kill(Instant.now(), acs().mark());
        kills.add(k);
        return k;
    }

    /**
     * Starts the gateway again over the same state and returns its first Inform, which must come
     * within {@link #COMEBACK} (else the gateway did not come back: {@link AssertionError}).
     */
    LogEntry.InformReceived restart(Kill after) {
        gw.start();
        try {
            return acs().awaitInform(device(), after.mark(), i -> true, COMEBACK);
        } catch (AwaitTimeoutException e) {
            throw new AssertionError("the gateway did not come back within " + COMEBACK + " after the kill at "
                    + after.time() + "; output:\n" + tail(gw.output()), e);
        }
    }

    /** Every session the ACS saw has ended and nothing happened for a while. */
    void awaitIdle() {
        gw.awaitIdle(Duration.ofMillis(600));
    }

    /**
     * The committed values of these parameters as last seen (read from the gateway the first time);
     * a scenario's "old" state.
     */
    Map<String, String> known(List<String> names) {
        List<String> missing = names.stream().filter(n -> !known.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            known.putAll(values(missing));
        }
        Map<String, String> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, known.get(n)));
        return out;
    }

    /** Records values seen committed. */
    void commit(Map<String, String> values) {
        known.putAll(values);
    }

    /** GetParameterValues in a Connection Request session: name → value. */
    Map<String, String> values(List<String> names) {
        GetParameterValuesResponse r = gw.rpc1(new GetParameterValues(names)).response(GetParameterValuesResponse.class);
        Map<String, String> out = new LinkedHashMap<>();
        for (ParameterValueStruct p : r.parameterList()) {
            out.put(p.name(), p.value());
        }
        return out;
    }

    /** The parameter and object names at and below {@code path}. */
    List<String> names(String path) {
        GetParameterNamesResponse r = gw.rpc1(new GetParameterNames(path, false)).response(GetParameterNamesResponse.class);
        return r.parameterList().stream().map(ParameterInfoStruct::name).toList();
    }

    /** State files the gateway gave up as unreadable (moved aside as *.corrupt): none may exist. */
    List<Path> corruptStateFiles() {
        try (Stream<Path> files = Files.walk(gw.stateDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".corrupt")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gateway's console output's last lines, for failure messages. */
    static String tail(String output) {
        String[] lines = output.split("\n");
        int from = Math.max(0, lines.length - 40);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
