package org.homegw.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterValue;
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
 * The device adapters in the booted gateway: each one's parameters are in the tree while its
 * bundle runs and gone at once when it is stopped or uninstalled, and a set the Wi-Fi driver's
 * rules refuse comes back as 9007 through the DataModel service.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdapterLifecycleIT {

    /** SCR activates components and registers providers asynchronously. */
    private static final long SETTLE_MILLIS = 10_000;

    /** One parameter each adapter serves, by bundle symbolic name. */
    private static final Map<String, String> PROBES = Map.of(
            "homegw.adapter.host", "Device.DeviceInfo.UpTime",
            "homegw.adapter.wifi", "Device.WiFi.RadioNumberOfEntries",
            "homegw.adapter.nas", "Device.Services.StorageServiceNumberOfEntries",
            "homegw.adapter.stb", "Device.Services.STBService.1.AVPlayers.AVPlayerNumberOfEntries");

    @Inject
    private BundleContext context;

    @Inject
    private DataModel dataModel;

    @Configuration
    public Option[] config() {
        List<Option> options = GatewayOptions.gateway("adapters");
        return options.toArray(new Option[0]);
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    /** Waits until the parameter is served (present) or answers 9005 (absent). */
    private void await(String path, boolean present) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        Outcome<ParameterValue> last = dataModel.getValue(path);
        while (last.isSuccess() != present && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            last = dataModel.getValue(path);
        }
        if (present) {
            assertNotNull(path + " served: " + last.faultOrNull(), last.isSuccess() ? last.value() : null);
        } else {
            assertEquals(path + " gone", CwmpFault.INVALID_PARAMETER_NAME, last.faultOrNull() == null ? 0 : last.faultOrNull().code());
        }
    }

    @Test
    public void stopping_an_adapter_removes_its_parameters_and_starting_it_brings_them_back() throws Exception {
        for (Map.Entry<String, String> probe : PROBES.entrySet()) {
            Bundle b = bundle(probe.getKey());
            await(probe.getValue(), true);
            b.stop();
            await(probe.getValue(), false);
            b.start();
            await(probe.getValue(), true);
        }
    }

    @Test
    public void uninstalling_the_voip_adapter_removes_the_voice_service() throws Exception {
        String probe = "Device.Services.VoiceService.1.CallControl.LineNumberOfEntries";
        await(probe, true);
        bundle("homegw.adapter.voip").uninstall();
        await(probe, false);
        await("Device.DeviceInfo.UpTime", true);
    }

    @Test
    public void a_channel_the_regulatory_domain_forbids_is_refused_with_9007() throws Exception {
        await("Device.WiFi.Radio.1.Channel", true);
        String before = dataModel.getValue("Device.WiFi.Radio.1.Channel").value().value();
        CwmpFault f = dataModel.setValues(List.of(ParameterValue.untyped("Device.WiFi.Radio.1.Channel", "14")), "it", Caller.ACS)
                .faultOrNull();
        assertNotNull("set refused", f);
        assertEquals(CwmpFault.INVALID_PARAMETER_VALUE, f.parameterFaults().get(0).code());
        assertEquals(before, dataModel.getValue("Device.WiFi.Radio.1.Channel").value().value());
    }
}
