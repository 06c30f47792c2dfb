package org.homegw.diagnostics.internal.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.homegw.datamodel.api.DataModel;

/**
 * {@link InterfaceAddresses} read from the data model: "Device.IP.Interface.2" (with or without the
 * trailing dot) gives the IPAddress values of its IPv4Address.{i}. and IPv6Address.{i}. rows whose
 * Enable is not false. Anything that is not an IP.Interface row, or has no address, gives none.
 */
public final class ModelInterfaceAddresses implements InterfaceAddresses {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Supplier<DataModel> dataModel;

    public ModelInterfaceAddresses(Supplier<DataModel> dataModel) {
        this.dataModel = dataModel;
    }

    @Override
    public List<InetAddress> addressesOf(String interfacePath) {
        DataModel model = dataModel.get();
        String row = interfacePath.trim();
        row = row.endsWith(".") ? row : row + ".";
        if (model == null || !row.matches(Pattern.quote(model.rootObject()) + "IP\\.Interface\\.[0-9]+\\.")) {
            return List.of();
        }
        List<InetAddress> out = new ArrayList<>();
        for (String table : List.of("IPv4Address.", "IPv6Address.")) {
            List<String[]> values = new ArrayList<>();
            // a table the model or the adapter lacks answers 9005: simply no addresses of that family
            model.getValues(List.of(row + table), v -> values.add(new String[] {v.path(), v.value()}));
            for (String[] v : values) {
                if (!v[0].endsWith(".IPAddress") || !IP_LITERAL.matcher(v[1]).matches()) {
                    continue;
                }
                String rowPath = v[0].substring(0, v[0].length() - "IPAddress".length());
                boolean disabled = values.stream().anyMatch(e -> e[0].equals(rowPath + "Enable")
                        && (e[1].equals("false") || e[1].equals("0")));
                if (!disabled) {
                    try {
                        out.add(InetAddress.getByName(v[1]));
                    } catch (UnknownHostException e) {
                        // not a literal after all: skipped
                    }
                }
            }
        }
        out.sort(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1));
        return List.copyOf(out);
    }
}
