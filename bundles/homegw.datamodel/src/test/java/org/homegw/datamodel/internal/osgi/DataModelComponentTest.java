package org.homegw.datamodel.internal.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.MapProvider;
import org.homegw.datamodel.spi.ParameterProvider;
import org.junit.After;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** The DS component driven by hand (no framework): shipped compact definitions, whiteboard binding. */
public class DataModelComponentTest {

    private static final Path SHIPPED = Path.of("../../device-config/datamodel");

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private DataModelComponent component;

    @After
    public void tearDown() throws Exception {
        if (component != null) {
            component.deactivate();
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("homegw-datamodel-poll")) {
                t.join(5000);
                assertTrue("the poll thread ends with the component", !t.isAlive());
            }
        }
    }

    static BundleContext context(Map<String, String> properties) {
        return FakeBundles.context(properties, new FakeBundles());
    }

    static DataModelConfig config(String model, String definitions, long poll) {
        return (DataModelConfig) Proxy.newProxyInstance(DataModelComponentTest.class.getClassLoader(),
                new Class<?>[] {DataModelConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "model" -> model;
                    case "definitions" -> definitions;
                    case "serviceModels", "storePaths" -> new String[0];
                    case "pollIntervalSeconds" -> poll;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Path configDir(String deviceProperties) throws Exception {
        Assume.assumeTrue(Files.isDirectory(SHIPPED));
        Path config = tmp.newFolder("conf").toPath();
        Path models = Files.createDirectory(config.resolve("datamodel"));
        for (Path f : Files.newDirectoryStream(SHIPPED, "*.dmdefs")) {
            Files.copy(f, models.resolve(f.getFileName()));
        }
        Files.writeString(config.resolve("defaults.properties"), "Device.DeviceInfo.Manufacturer=homegw\n"
                + "InternetGatewayDevice.DeviceInfo.Manufacturer=homegw-igd\n");
        if (deviceProperties != null) {
            Files.writeString(config.resolve("device.properties"), deviceProperties);
        }
        return config;
    }

    private void activate(String model, String deviceProperties) throws Exception {
        activate(model, deviceProperties, 0);
    }

    private void activate(String model, String deviceProperties, long poll) throws Exception {
        Path config = configDir(deviceProperties);
        Map<String, String> props = new HashMap<>();
        props.put("homegw.config.dir", config.toString());
        props.put("homegw.state.dir", tmp.newFolder("var").toString());
        props.put("homegw.defaults", "Device.ManagementServer.URL=http://127.0.0.1:9/acs\n");
        component = new DataModelComponent();
        component.activate(context(props), config(model, "", poll));
    }

    private static Map<String, Object> props(Object path, int ranking, long id) {
        Map<String, Object> p = new HashMap<>();
        p.put(ParameterProvider.PATH, path);
        p.put(Constants.SERVICE_RANKING, ranking);
        p.put(Constants.SERVICE_ID, id);
        return p;
    }

    @Test
    public void loads_device_2_by_default_with_service_models_mounted_and_listed() throws Exception {
        activate("", null);
        assertEquals("Device.", component.rootObject());
        assertEquals("homegw", component.getValue("Device.DeviceInfo.Manufacturer").value().value());
        assertEquals("http://127.0.0.1:9/acs", component.getValue("Device.ManagementServer.URL").value().value());
        List<String> urns = new CopyOnWriteArrayList<>();
        component.getValues(List.of("Device.DeviceInfo.SupportedDataModel."), v -> {
            if (v.path().endsWith(".URN")) {
                urns.add(v.value());
            }
        }).value();
        assertEquals(4, urns.size());
        assertEquals("urn:broadband-forum-org:tr-181-2-19-1-cwmp", urns.get(0));
    }

    @Test
    public void device_properties_select_internet_gateway_device() throws Exception {
        activate("", "datamodel=InternetGatewayDevice:1\n");
        assertEquals("InternetGatewayDevice.", component.rootObject());
        assertEquals("homegw-igd", component.getValue("InternetGatewayDevice.DeviceInfo.Manufacturer").value().value());
    }

    @Test
    public void whiteboard_providers_appear_rank_and_disappear_at_once() throws Exception {
        activate("Device:2", null, 1);
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, component.getValue("Device.DeviceInfo.UpTime").faultOrNull().code());
        MapProvider low = new MapProvider().put("Device.DeviceInfo.UpTime", "1");
        MapProvider high = new MapProvider().put("Device.DeviceInfo.UpTime", "2");
        component.addProvider(low, props("Device.DeviceInfo.", 0, 100L));
        assertEquals("1", component.getValue("Device.DeviceInfo.UpTime").value().value());
        component.addProvider(high, props(new String[] {"Device.DeviceInfo."}, 10, 101L));
        assertEquals("2", component.getValue("Device.DeviceInfo.UpTime").value().value());
        component.removeProvider(high);
        assertEquals("1", component.getValue("Device.DeviceInfo.UpTime").value().value());
        component.removeProvider(low);
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, component.getValue("Device.DeviceInfo.UpTime").faultOrNull().code());
    }

    @Test
    public void active_notification_listeners_bound_by_the_whiteboard_are_told() throws Exception {
        activate("Device:2", null);
        List<String> told = new CopyOnWriteArrayList<>();
        component.addListener(told::add);
        component.setAttributes(List.of(new AttributeChange("Device.ManagementServer.PeriodicInformInterval", true, 2,
                false, List.of()))).value();
        component.setValues(List.of(ParameterValue.untyped("Device.ManagementServer.PeriodicInformInterval", "77")),
                null, Caller.LOCAL).value();
        assertEquals(List.of("Device.ManagementServer.PeriodicInformInterval"), told);
        assertTrue(component.changedValues().stream().anyMatch(v -> v.value().equals("77")));
    }

    @Test
    public void an_unknown_model_fails_activation_with_a_clear_message() throws Exception {
        try {
            activate("Gadget:9", null);
            throw new AssertionError("activated");
        } catch (org.homegw.datamodel.definitions.DefinitionsException e) {
            assertTrue(e.getMessage().contains("Gadget:9"));
            component = null;
        }
    }
}
