package org.homegw.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.definitions.Access;
import org.homegw.datamodel.definitions.ActiveNotify;
import org.homegw.datamodel.definitions.BaseType;
import org.homegw.datamodel.definitions.CompactDefinitionsReader;
import org.homegw.datamodel.definitions.CompactDefinitionsWriter;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefaultValue;
import org.homegw.datamodel.definitions.ObjectDefinition;
import org.homegw.datamodel.definitions.ParameterDefinition;
import org.homegw.datamodel.definitions.Status;
import org.homegw.datamodel.definitions.Syntax;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A vendor bundle that carries its own data-model definitions (the example smart plug, as built, with
 * OSGI-INF/homegw/datamodel/X_000000_SmartPlug.dmdefs) in the booted gateway: installed at run time its
 * parameters answer GetParameterValues and GetParameterNames without a restart; stopped, they are gone
 * (9005); started again, they come back with the values and attributes stored before; updated to a v2
 * that defines one more parameter, that parameter appears; uninstalled, all are gone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VendorDefinitionsLifecycleIT {

    private static final long SETTLE_MILLIS = 10_000;
    private static final String JAR_PROPERTY = "homegw.smartplug.jar";
    private static final String P = "Device.X_000000_SmartPlug.";
    private static final String DEFINITIONS = "OSGI-INF/homegw/datamodel/X_000000_SmartPlug.dmdefs";
    /** What v2 adds: a parameter the registry's store serves from the definition's factory default. */
    private static final String V2_PARAM = "Device.DeviceInfo.X_000000_SmartPlugFirmware";

    @Inject
    private BundleContext context;

    @Inject
    private DataModel dataModel;

    @Configuration
    public Option[] config() {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "../../bundles/homegw.example.smartplug/target/"
                + "homegw.example.smartplug-0.1.0-SNAPSHOT.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build bundles/homegw.example.smartplug first");
        }
        List<Option> options = GatewayOptions.gateway("vendor-definitions");
        options.add(systemProperty(JAR_PROPERTY).value(jar.toString()));
        return options.toArray(new Option[0]);
    }

    private int faultOf(String path) {
        Outcome<ParameterValue> v = dataModel.getValue(path);
        return v.isSuccess() ? 0 : v.faultOrNull().code();
    }

    private String value(String path) {
        return dataModel.getValue(path).value().value();
    }

    private void awaitServed(String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (faultOf(path) != 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(path + " served: " + dataModel.getValue(path).faultOrNull(), 0, faultOf(path));
    }

    private List<String> names(String path) {
        return dataModel.getNames(path, false).value().stream().map(ParameterInfo::path).toList();
    }

    private int notificationOf(String path) {
        return dataModel.getAttributes(List.of(path)).value().get(0).notification();
    }

    private void assertGone() {
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, faultOf(P + "ModelName"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, faultOf(P + "Outlet.1.Name"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, dataModel.getValues(List.of(P), v -> { }).faultOrNull().code());
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, dataModel.getNames(P, true).faultOrNull().code());
    }

    /** The built plug jar with version 2.0.0 and one more parameter in its definitions file. */
    private static InputStream version2(Path jar) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest mf = new Manifest(in.getManifest());
            mf.getMainAttributes().putValue("Bundle-Version", "2.0.0");
            try (JarOutputStream out = new JarOutputStream(bytes, mf)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    if (e.getName().equals(DEFINITIONS)) {
                        out.write(withFirmwareParameter(in.readAllBytes()));
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static byte[] withFirmwareParameter(byte[] v1) throws IOException {
        try {
            DataModelDefinitions plug = new CompactDefinitionsReader().read(new ByteArrayInputStream(v1), "v1");
            List<ObjectDefinition> objects = new ArrayList<>(plug.objects());
            objects.add(1, new ObjectDefinition("Device.DeviceInfo.", Access.READ_ONLY, 1, 1, null, null, List.of(),
                    Status.CURRENT));
            List<ParameterDefinition> params = new ArrayList<>(plug.parameters());
            params.add(new ParameterDefinition(V2_PARAM, Access.READ_ONLY, Syntax.of(BaseType.STRING),
                    new DefaultValue(DefaultValue.Kind.FACTORY, "2.0.0"), false, ActiveNotify.NORMAL, Status.CURRENT,
                    false, false, false));
            DataModelDefinitions v2 = new DataModelDefinitions(plug.models(), objects, params, plug.dataTypes());
            return new CompactDefinitionsWriter().toText(v2, List.of("v2")).getBytes(StandardCharsets.UTF_8);
        } catch (org.homegw.datamodel.definitions.DefinitionsException e) {
            throw new IOException(e);
        }
    }

    @Test
    public void vendor_definitions_come_and_go_with_their_bundle() throws Exception {
        awaitServed("Device.DeviceInfo.SoftwareVersion");
        assertGone();
        Path jar = Path.of(System.getProperty(JAR_PROPERTY));

        Bundle plug = context.installBundle(jar.toUri().toString());
        URL carried = plug.getEntry(DEFINITIONS);
        assertNotNull("the built bundle carries its definitions", carried);
        plug.start();
        awaitServed(P + "Outlet.1.Name");
        List<String> values = new ArrayList<>();
        assertEquals(Integer.valueOf(18), dataModel.getValues(List.of(P), v -> values.add(v.path())).value());
        assertTrue(values.toString(), values.contains(P + "Outlet.2.MaxPower"));
        List<String> names = names(P);
        assertTrue(names.toString(), names.containsAll(List.of(P, P + "ModelName", P + "Outlet.", P + "Outlet.1.",
                P + "Outlet.1.Energy")));
        assertEquals(Integer.valueOf(0), dataModel.setValues(List.of(ParameterValue.untyped(P + "Outlet.1.Name", "Lamp")),
                "vd-1", Caller.ACS).value());
        dataModel.setAttributes(List.of(new AttributeChange(P + "Outlet.1.Power", true, 1, false, List.of()))).value();

        plug.stop();
        // no waiting: the definitions are withdrawn while the bundle stops
        assertGone();

        plug.start();
        awaitServed(P + "Outlet.1.Name");
        assertEquals("value stored before the stop", "Lamp", value(P + "Outlet.1.Name"));
        assertEquals("attribute stored before the stop", 1, notificationOf(P + "Outlet.1.Power"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, faultOf(V2_PARAM));

        plug.update(version2(jar));
        assertEquals("2.0.0", plug.getVersion().toString());
        awaitServed(P + "Outlet.1.Name");
        assertEquals("2.0.0", value(V2_PARAM));
        assertTrue(names("Device.DeviceInfo.").contains(V2_PARAM));
        assertEquals("Lamp", value(P + "Outlet.1.Name"));
        assertEquals(1, notificationOf(P + "Outlet.1.Power"));

        plug.uninstall();
        assertGone();
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, faultOf(V2_PARAM));
        assertEquals(0, faultOf("Device.DeviceInfo.SoftwareVersion"));
    }
}
