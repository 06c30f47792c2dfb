package org.homegw.datamodel.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Reader;
import java.util.Properties;
import java.util.TreeSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Status;
import org.homegw.datamodel.internal.value.ValueCodec;

/**
 * The values the device starts from after a factory reset, by concrete path, in layers, later ones
 * winning: factory defaults of the definitions (single objects only); the registry's built-in
 * values for the ManagementServer and DeviceInfo essentials ({@link #withBuiltIns()}), so those
 * exist out of the box; {@code device-config/defaults.properties} (Java properties syntax); the
 * {@code homegw.defaults} framework property (raw "Path=Value" lines, '#' comments). A line naming
 * an unknown parameter or giving an invalid value is logged and skipped; a line for the other root
 * object (Device. vs InternetGatewayDevice.) is ignored; values are kept in canonical form. As in
 * Java properties, blanks between '=' and the value are dropped and trailing blanks are kept: the
 * codec trims them for the types that allow it, a string keeps them.
 */
public final class DefaultValues {

    private static final System.Logger LOG = System.getLogger(DefaultValues.class.getName());

    private final Map<String, String> values = new LinkedHashMap<>();
    private final PathResolver resolver;
    private final String root;
    private final ValueCodec codec = new ValueCodec();

    public DefaultValues(SchemaTree tree) {
        this.resolver = new PathResolver(tree);
        this.root = tree.root();
        for (ObjectSchema o : tree.objects()) {
            if (o.path().contains("{i}") || o.status() == Status.DELETED) {
                continue;
            }
            for (ParamSchema p : o.params().values()) {
                if (p.factoryDefault() != null && p.status() != Status.DELETED) {
                    Outcome<String> v = codec.accept(p.syntax(), p.factoryDefault());
                    if (v.isSuccess()) {
                        values.put(o.path() + p.name(), v.value());
                    }
                }
            }
        }
    }

    /**
     * The essentials a CWMP client needs, empty or at the values TR-069 describes (retry 5 s and
     * 2000), so a definition plus these makes them real even without a defaults file. Values that do
     * not fit the loaded model are skipped silently.
     */
    public DefaultValues withBuiltIns() {
        String ms = root + "ManagementServer.";
        String di = root + "DeviceInfo.";
        Map<String, String> builtIns = new LinkedHashMap<>();
        for (String empty : new String[] {"URL", "Username", "Password", "ConnectionRequestURL",
                "ConnectionRequestUsername", "ConnectionRequestPassword"}) {
            builtIns.put(ms + empty, "");
        }
        builtIns.put(ms + "PeriodicInformEnable", "false");
        builtIns.put(ms + "PeriodicInformInterval", "3600");
        builtIns.put(ms + "PeriodicInformTime", "0001-01-01T00:00:00Z");
        builtIns.put(ms + "CWMPRetryMinimumWaitInterval", "5");
        builtIns.put(ms + "CWMPRetryIntervalMultiplier", "2000");
        builtIns.put(ms + "UpgradesManaged", "false");
        builtIns.put(ms + "DefaultActiveNotificationThrottle", "0");
        builtIns.put(ms + "AliasBasedAddressing", "false");
        builtIns.put(ms + "InstanceWildcardsSupported", "true");
        builtIns.put(ms + "SupportedConnReqMethods", "HTTP");
        for (String empty : new String[] {"Manufacturer", "ProductClass", "SerialNumber", "SoftwareVersion",
                "HardwareVersion", "ProvisioningCode", "ModelName"}) {
            builtIns.put(di + empty, "");
        }
        builtIns.put(di + "ManufacturerOUI", "000000");
        builtIns.forEach((path, value) -> {
            ResolvedPath resolved = resolver.resolve(path);
            if (resolved instanceof ResolvedPath.ParamNode node && codec.accept(node.param().syntax(), value).isSuccess()) {
                values.putIfAbsent(path, codec.accept(node.param().syntax(), value).value());
            }
        });
        return this;
    }

    /** Adds the entries of a defaults file in Java properties syntax; a missing file is no error. */
    public DefaultValues withFile(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return this;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot read defaults file {0}: {1}", file, e.getMessage());
            return this;
        }
        for (String path : new TreeSet<>(properties.stringPropertyNames())) {
            // Properties already drops the blanks after '='; trailing ones are content for strings
            put(path.trim(), properties.getProperty(path), file.toString());
        }
        return this;
    }

    /** Adds "Path=Value" lines from {@code source} (named in log lines). */
    public DefaultValues withLines(String text, String source) {
        if (text == null) {
            return this;
        }
        int lineNumber = 0;
        for (String line : text.split("\\r?\\n")) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                LOG.log(System.Logger.Level.WARNING, "{0}:{1}: not Path=Value, skipped", source, lineNumber);
                continue;
            }
            // like the properties file: blanks after '=' are dropped, trailing ones kept ("DE " is a value)
            String value = line.substring(line.indexOf('=') + 1).stripLeading();
            put(trimmed.substring(0, eq).trim(), value, source + ":" + lineNumber);
        }
        return this;
    }

    private void put(String path, String value, String where) {
        if (!path.startsWith(root)) {
            // a line for the other root model (Device. vs InternetGatewayDevice.)
            return;
        }
        ResolvedPath resolved = resolver.resolve(path);
        if (!(resolved instanceof ResolvedPath.ParamNode node)) {
            LOG.log(System.Logger.Level.WARNING, "{0}: {1} is not a parameter of the data model, skipped", where, path);
            return;
        }
        Outcome<String> accepted = codec.accept(node.param().syntax(), value);
        if (!accepted.isSuccess()) {
            // the fault message quotes the value: keep secrets out of the log
            String reason = node.param().readsEmpty() ? "fault " + accepted.faultOrNull().code()
                    : accepted.faultOrNull().message();
            LOG.log(System.Logger.Level.WARNING, "{0}: invalid value for {1}: {2}, skipped", where, path, reason);
            return;
        }
        values.put(path, accepted.value());
    }

    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }
}
