package org.homegw.itests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.homegw.datamodel.api.DataModel;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Uninstalling each device adapter at runtime, one after the other, takes its parameters out of the
 * tree and leaves the other adapters' in place (its own framework: the adapters are gone afterwards).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdapterUninstallIT {

    @Inject
    private BundleContext context;

    @Inject
    private DataModel dataModel;

    @Configuration
    public Option[] config() {
        return GatewayOptions.gateway("adapters").toArray(new Option[0]);
    }

    @Test
    public void uninstalling_each_adapter_removes_only_its_own_parameters() throws Exception {
        Map<String, String> probes = AdapterLifecycleIT.PROBES;
        List<String> left = new ArrayList<>(probes.keySet());
        for (String adapter : probes.keySet()) {
            TreeProbe.await(dataModel, probes.get(adapter), true);
            Arrays.stream(context.getBundles()).filter(b -> adapter.equals(b.getSymbolicName())).findFirst()
                    .orElseThrow(() -> new AssertionError(adapter + " is not installed")).uninstall();
            left.remove(adapter);
            TreeProbe.await(dataModel, probes.get(adapter), false);
            for (String other : left) {
                TreeProbe.await(dataModel, probes.get(other), true);
            }
        }
    }
}
