package org.homegw.datamodel.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.homegw.datamodel.api.ActiveNotificationListener;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.core.ChangeEvents;
import org.homegw.datamodel.internal.core.DataModelRegistry;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;

/** A registry over {@link TestModel} with the built-in store and one map-backed "device" provider. */
public final class Fixture {

    public static final String DEFAULTS = String.join("\n",
            "# identity",
            "Device.DeviceInfo.Manufacturer=homegw",
            "Device.DeviceInfo.ManufacturerOUI=00D09E",
            "Device.DeviceInfo.SerialNumber=SN1",
            "Device.DeviceInfo.SoftwareVersion=1.0",
            "Device.DeviceInfo.ProvisioningCode=",
            "Device.ManagementServer.URL=http://acs.example/",
            "Device.ManagementServer.Username=cpe",
            "Device.ManagementServer.Password=secret",
            "Device.ManagementServer.PeriodicInformEnable=1",
            "Device.ManagementServer.PeriodicInformInterval=3600",
            "Device.ManagementServer.ConnectionRequestURL=http://127.0.0.1:7547/x",
            "Device.ManagementServer.ConnectionRequestUsername=u",
            "Device.ManagementServer.ConnectionRequestPassword=p",
            "Device.ManagementServer.CWMPRetryMinimumWaitInterval=5",
            "Device.ManagementServer.CWMPRetryIntervalMultiplier=2000");

    public final MapProvider device = new MapProvider();
    public final ProviderTable providers = new ProviderTable();
    public final List<String> activeChanges = new CopyOnWriteArrayList<>();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final RegistryAssembly.Assembled assembled;
    public final DataModelRegistry registry;

    public Fixture(Path stateDir) {
        this(stateDir, DEFAULTS);
    }

    public Fixture(Path stateDir, String defaults) {
        device.put("Device.DeviceInfo.UpTime", "100")
                .put("Device.NAT.PortMappingNumberOfEntries", "1")
                .table("Device.NAT.PortMapping.", 1)
                .put("Device.NAT.PortMapping.1.Enable", "1")
                .put("Device.NAT.PortMapping.1.Alias", "web")
                .put("Device.NAT.PortMapping.1.ExternalPort", "80")
                .put("Device.NAT.PortMapping.1.Protocol", "TCP")
                .put("Device.NAT.PortMapping.1.Description", "web server")
                .put("Device.X_TEST.Int", "0")
                .put("Device.X_TEST.Long", "0")
                .put("Device.X_TEST.ULong", "0")
                .put("Device.X_TEST.Decimal", "1.5")
                .put("Device.X_TEST.Bin", "")
                .put("Device.X_TEST.Hex", "")
                .put("Device.X_TEST.When", "0001-01-01T00:00:00Z")
                .put("Device.X_TEST.Flag", "false")
                .put("Device.X_TEST.Text", "ab")
                .put("Device.X_TEST.MAC", "")
                .put("Device.X_TEST.Tags", "a")
                .put("Device.X_TEST.Ports", "")
                .put("Device.X_TEST.Diag", "None")
                .put("Device.X_TEST.Counter", "7")
                .put("Device.X_TEST.Hidden", "peekaboo")
                .put("Device.X_TEST.Gone", "x");
        device.newInstance.put("Device.NAT.PortMapping.", java.util.Map.of("Enable", "false", "Alias", "",
                "ExternalPort", "0", "Protocol", "TCP", "Description", ""));
        providers.add(new ProviderRegistration(device,
                List.of("Device.NAT.", "Device.X_TEST.", "Device.DeviceInfo.UpTime"), 0, 10, true));
        ChangeEvents sink = new ChangeEvents() {
            @Override
            public void activeChange(String path) {
                events.add("active " + path);
            }

            @Override
            public void valueChanged(String path) {
                events.add("changed " + path);
            }
        };
        ActiveNotificationListener listener = activeChanges::add;
        assembled = new RegistryAssembly(TestModel.tree()).stateDir(stateDir).defaultsText(defaults)
                .providers(providers).listeners(() -> List.<ActiveNotificationListener>of(listener)).events(sink).build();
        registry = assembled.registry();
    }

    /** All values under a path, "path=value" each. */
    public List<String> get(String... paths) {
        List<String> out = new ArrayList<>();
        registry.getValues(List.of(paths), v -> out.add(v.path() + "=" + v.value())).value();
        return out;
    }

    public String value(String path) {
        return registry.getValue(path).value().value();
    }

    public static ParameterValue pv(String path, String value) {
        return ParameterValue.untyped(path, value);
    }

    public static List<ParameterValue> pvs(String... pathValuePairs) {
        List<ParameterValue> out = new ArrayList<>();
        for (int i = 0; i < pathValuePairs.length; i += 2) {
            out.add(pv(pathValuePairs[i], pathValuePairs[i + 1]));
        }
        return out;
    }

}
