package org.homegw.adapter.host.internal.dm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.homegw.datamodel.spi.ObjectPath;
import org.homegw.datamodel.spi.ParameterWrite;

/**
 * Common shape of the host providers: everything they serve is read from the host, so reads map an
 * object path to its values and every write is refused (the adapter observes the host, it does not
 * reconfigure it). A failing read of the host answers 9002.
 */
abstract class HostProvider extends AbstractParameterProvider {

    private static final System.Logger LOG = System.getLogger(HostProvider.class.getName());

    protected final String root;

    protected HostProvider(String root) {
        this.root = root;
    }

    /** The object paths (and parameter paths) to register this provider for. */
    abstract List<String> paths();

    /** Every value this provider has for the object, or an empty map when it has none. */
    abstract Map<String, String> values(ObjectPath object) throws IOException;

    /** Instance numbers of a table, or an empty list when the table is not this provider's. */
    abstract List<Long> tableInstances(ObjectPath table) throws IOException;

    @Override
    public final Outcome<List<Long>> instances(String tablePath) {
        ObjectPath table = ObjectPath.of(root, tablePath);
        // the root itself is none of the host providers' objects
        if (table == null || table.size() == 0) {
            return Outcome.success(List.of());
        }
        try {
            return Outcome.success(tableInstances(table));
        } catch (IOException | UncheckedIOException e) {
            return hostFailure(tablePath, e);
        }
    }

    @Override
    public final Outcome<Map<String, String>> read(String objectPath, Collection<String> parameterNames) {
        ObjectPath object = ObjectPath.of(root, objectPath);
        // the root itself is none of the host providers' objects
        if (object == null || object.size() == 0) {
            return Outcome.success(Map.of());
        }
        try {
            Map<String, String> all = values(object);
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : parameterNames) {
                String v = all.get(name);
                if (v != null) {
                    out.put(name, v);
                }
            }
            return Outcome.success(out);
        } catch (IOException | UncheckedIOException e) {
            return hostFailure(objectPath, e);
        }
    }

    @Override
    public Outcome<Void> validate(List<ParameterWrite> writes) {
        return Outcome.failure(CwmpFault.NOT_WRITABLE,
                "The host adapter reports the host's state and does not change it: " + writes.get(0).path());
    }

    private static <T> Outcome<T> hostFailure(String path, Exception e) {
        LOG.log(System.Logger.Level.WARNING, "cannot read the host for " + path, e);
        return Outcome.failure(CwmpFault.INTERNAL_ERROR, "Internal error: host state unreadable: " + e.getMessage());
    }

    /** StatsCounter32 wraps at 2^32 (TR-181 counter semantics). */
    static String counter32(long value) {
        return Long.toString(value & 0xFFFF_FFFFL);
    }

    /** An unsignedInt that saturates instead of overflowing. */
    static String unsignedInt(long value) {
        return Long.toString(Math.max(0, Math.min(value, 0xFFFF_FFFFL)));
    }
}
