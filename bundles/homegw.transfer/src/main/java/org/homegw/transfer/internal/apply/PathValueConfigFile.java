package org.homegw.transfer.internal.apply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.io.InputStreamReader;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.transfer.api.ApplyResult;
import org.homegw.transfer.api.ConfigFileHandler;

/**
 * The default vendor configuration file: UTF-8 text, one {@code Path=Value} line per parameter.
 * Blank lines and lines starting with {@code #} are ignored; the value is everything after the first
 * {@code =}, taken verbatim (spaces included), with {@code \\}, {@code \n} and {@code \r} as the only
 * escapes; spaces around the path are ignored. Example:
 * <pre>
 * # homegw configuration
 * Device.ManagementServer.PeriodicInformInterval=600
 * Device.WiFi.SSID.1.SSID=home
 * </pre>
 * A file is applied through one {@link DataModel#setValues} call, so it is all or nothing: any
 * malformed line or invalid parameter answers 9018 and changes nothing. Only values that differ from
 * the current ones are written, so restoring a file is a no-op for what did not change (a
 * parameter whose current value cannot be written back, e.g. a DiagnosticsState of None, does not
 * break a restore). The ParameterKey is kept.
 *
 * <p>Export writes every writable parameter in that format, except secrets (names containing
 * Password, Passphrase, PreSharedKey, WEPKey or Secret), which read back empty and would wipe the
 * real value on restore, and DiagnosticsState, a command rather than a setting.
 */
public final class PathValueConfigFile implements ConfigFileHandler {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passphrase|presharedkey|wepkey|secret)[^.]*");
    private static final String COMMAND = ".DiagnosticsState";

    private final DataModel model;
    private final long maxBytes;

    public PathValueConfigFile(DataModel model, long maxBytes) {
        this.model = model;
        this.maxBytes = maxBytes;
    }

    @Override
    public ApplyResult apply(Path file) {
        List<ParameterValue> values;
        try {
            if (Files.size(file) > maxBytes) {
                return ApplyResult.fault(9018, "configuration file larger than " + maxBytes + " bytes");
            }
            values = parse(file);
        } catch (MalformedFile e) {
            return ApplyResult.fault(9018, e.getMessage());
        } catch (CharacterCodingException e) {
            return ApplyResult.fault(9018, "configuration file is not UTF-8 text");
        } catch (IOException e) {
            return ApplyResult.fault(9002, "cannot read the configuration file: " + e.getMessage());
        }
        if (values.isEmpty()) {
            return ApplyResult.fault(9018, "configuration file holds no parameter");
        }
        List<ParameterValue> changed = changedOnly(values);
        if (changed.isEmpty()) {
            return ApplyResult.OK;
        }
        String root = model.rootObject();
        Outcome<ParameterValue> key = model.getValue(root + "ManagementServer.ParameterKey");
        String parameterKey = key.isSuccess() ? key.value().value() : "";
        // ACS rules apply: the file came from the ACS
        Outcome<Integer> set = model.setValues(changed, parameterKey, DataModel.Caller.ACS);
        if (set.isSuccess()) {
            return ApplyResult.OK;
        }
        return ApplyResult.fault(9018, describe(set.faultOrNull()));
    }

    /**
     * The values that differ from the current ones. When the current values cannot all be read (an
     * unknown parameter, say), every value is kept, so setValues names the bad one.
     */
    private List<ParameterValue> changedOnly(List<ParameterValue> values) {
        java.util.Map<String, String> current = new java.util.HashMap<>();
        Outcome<Integer> got = model.getValues(values.stream().map(ParameterValue::path).toList(),
                v -> current.put(v.path(), v.value()));
        if (!got.isSuccess()) {
            return values;
        }
        return values.stream().filter(v -> !v.value().equals(current.get(v.path()))).toList();
    }

    @Override
    public void export(OutputStream out) throws IOException {
        Outcome<List<ParameterInfo>> names = model.getNames(model.rootObject(), false);
        if (!names.isSuccess()) {
            throw new IOException("cannot list parameters: " + names.faultOrNull().message());
        }
        List<String> paths = names.value().stream()
                .filter(i -> i.writable() && !i.path().endsWith(".") && !SECRET.matcher(i.path()).matches()
                        && !i.path().endsWith(COMMAND))
                .map(ParameterInfo::path).toList();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# homegw vendor configuration file: Path=Value lines (UTF-8)\n");
        if (!paths.isEmpty()) {
            IOException[] failure = {null};
            Outcome<Integer> got = model.getValues(paths, v -> {
                try {
                    w.write(v.path() + "=" + escape(v.value()) + "\n");
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            if (!got.isSuccess()) {
                throw new IOException("cannot read parameters: " + got.faultOrNull().message());
            }
        }
        w.flush();
    }

    static List<ParameterValue> parse(Path file) throws IOException, MalformedFile {
        List<ParameterValue> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new MalformedFile("line " + n + ": expected Path=Value");
                }
                String path = line.substring(0, eq).strip();
                if (path.endsWith(".") || path.contains(" ")) {
                    throw new MalformedFile("line " + n + ": '" + path + "' is not a parameter path");
                }
                if (!seen.add(path)) {
                    throw new MalformedFile("line " + n + ": " + path + " given twice");
                }
                values.add(ParameterValue.untyped(path, unescape(line.substring(eq + 1), n)));
            }
        }
        return values;
    }

    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String v, int line) throws MalformedFile {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= v.length()) {
                throw new MalformedFile("line " + line + ": value ends with a lone backslash");
            }
            switch (v.charAt(i)) {
                case '\\' -> sb.append('\\');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                default -> throw new MalformedFile("line " + line + ": unknown escape \\" + v.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String describe(CwmpFault fault) {
        if (fault.parameterFaults().isEmpty()) {
            return "configuration rejected: " + fault.code() + " " + fault.message();
        }
        CwmpFault.ParameterFault first = fault.parameterFaults().get(0);
        String more = fault.parameterFaults().size() > 1 ? " (and " + (fault.parameterFaults().size() - 1) + " more)" : "";
        return "invalid parameter " + first.parameterName() + ": " + first.code() + " " + first.message() + more;
    }

    /** A line of the file that does not follow the format. */
    static final class MalformedFile extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedFile(String message) {
            super(message);
        }
    }
}
