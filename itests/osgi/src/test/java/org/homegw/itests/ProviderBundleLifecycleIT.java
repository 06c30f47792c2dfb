package org.homegw.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.itests.provider.TimeProviderActivator;
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
 * A vendor's provider bundle at runtime in the booted gateway: installed, its parameters are served
 * and writable; updated to a version that serves one more parameter, the new one appears and the
 * values written before are kept; uninstalled, its parameters are gone at once. The bundle is built
 * here from {@link org.homegw.itests.provider} classes with a manifest naming the parameters it serves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProviderBundleLifecycleIT {

    /** SCR activates the registry asynchronously after the framework starts. */
    private static final long SETTLE_MILLIS = 10_000;
    private static final String BSN = "homegw.itest.timeprovider";
    private static final String[] CLASSES = {"TimeProvider", "TimeProviderActivator"};

    @Inject
    private BundleContext context;

    @Inject
    private DataModel dataModel;

    @Configuration
    public Option[] config() {
        List<Option> options = GatewayOptions.gateway("providers");
        return options.toArray(new Option[0]);
    }

    /** The provider bundle of one version, serving the given Device.Time. parameters. */
    private static InputStream providerBundle(String version, String parameters) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", BSN);
        a.putValue("Bundle-Version", version);
        a.putValue("Bundle-Activator", TimeProviderActivator.class.getName());
        a.putValue("Import-Package", "org.osgi.framework,org.homegw.datamodel.api,org.homegw.datamodel.spi");
        a.putValue(TimeProviderActivator.NAMES_HEADER, parameters);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, mf)) {
            String folder = TimeProviderActivator.class.getPackageName().replace('.', '/') + "/";
            for (String name : CLASSES) {
                jar.putNextEntry(new JarEntry(folder + name + ".class"));
                try (InputStream in = ProviderBundleLifecycleIT.class.getClassLoader()
                        .getResourceAsStream(folder + name + ".class")) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private int faultOf(String path) {
        Outcome<ParameterValue> v = dataModel.getValue(path);
        return v.isSuccess() ? 0 : v.faultOrNull().code();
    }

    private String value(String path) {
        return dataModel.getValue(path).value().value();
    }

    /** Waits until the parameter is served. */
    private void awaitServed(String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (faultOf(path) != 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Outcome<ParameterValue> last = dataModel.getValue(path);
        assertEquals(path + " served: " + last.faultOrNull() + "; providers: " + providers(), 0, faultOf(path));
    }

    /** The registered providers and their paths, for failure messages. */
    private String providers() {
        try {
            List<String> out = new ArrayList<>();
            for (var ref : context.getServiceReferences(ParameterProvider.class, null)) {
                out.add(ref.getBundle().getSymbolicName() + "=" + java.util.Arrays.toString(
                        ref.getProperty(ParameterProvider.PATH) instanceof String[] a ? a
                                : new Object[] {ref.getProperty(ParameterProvider.PATH)}));
            }
            return out.toString();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            return e.toString();
        }
    }

    @Test
    public void provider_bundle_is_installed_used_updated_and_uninstalled_at_runtime() throws Exception {
        awaitServed("Device.DeviceInfo.SoftwareVersion");
        assertEquals("nothing serves Device.Time. yet", CwmpFault.INVALID_PARAMETER_NAME, faultOf("Device.Time.LocalTimeZone"));

        Bundle bundle = context.installBundle("homegw-itest:" + BSN, providerBundle("1.0.0", "Enable,LocalTimeZone"));
        bundle.start();
        awaitServed("Device.Time.LocalTimeZone");
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, faultOf("Device.Time.CurrentLocalTime"));
        assertEquals(Integer.valueOf(0), dataModel.setValues(List.of(
                ParameterValue.untyped("Device.Time.LocalTimeZone", "CET-1CEST,M3.5.0/2,M10.5.0/3"),
                ParameterValue.untyped("Device.Time.Enable", "1")), "it-1", Caller.ACS).value());
        assertEquals("CET-1CEST,M3.5.0/2,M10.5.0/3", value("Device.Time.LocalTimeZone"));
        assertEquals("true", value("Device.Time.Enable"));

        bundle.update(providerBundle("1.1.0", "Enable,LocalTimeZone,CurrentLocalTime"));
        assertEquals("1.1.0", bundle.getVersion().toString());
        awaitServed("Device.Time.CurrentLocalTime");
        assertEquals("0001-01-01T00:00:00Z", value("Device.Time.CurrentLocalTime"));
        assertEquals("value written before the update", "CET-1CEST,M3.5.0/2,M10.5.0/3", value("Device.Time.LocalTimeZone"));
        assertEquals("true", value("Device.Time.Enable"));
        List<String> names = dataModel.getNames("Device.Time.", true).value().stream().map(ParameterInfo::path).toList();
        assertTrue(names.toString(), names.containsAll(List.of("Device.Time.Enable", "Device.Time.LocalTimeZone",
                "Device.Time.CurrentLocalTime")));

        bundle.uninstall();
        // no waiting: the registry drops the provider while the framework unregisters its service
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, faultOf("Device.Time.LocalTimeZone"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, faultOf("Device.Time.CurrentLocalTime"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, dataModel.getNames("Device.Time.", true).faultOrNull().code());
        assertEquals(0, faultOf("Device.DeviceInfo.SoftwareVersion"));
    }
}
