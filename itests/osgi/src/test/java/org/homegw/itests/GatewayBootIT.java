package org.homegw.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.homegw.runtime.api.DeviceControl;
import org.homegw.runtime.api.GatewayProperties;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Boots the distribution's bundles in a forked Felix (one container for the class) and checks
 * that every bundle is ACTIVE and every DS component satisfied.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GatewayBootIT {

    /** SCR activates components asynchronously after the bundles start. */
    private static final long SETTLE_MILLIS = 10_000;

    @Inject
    private BundleContext context;

    @Inject
    private ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        List<Option> options = GatewayOptions.gateway("boot");
        options.add(frameworkProperty(GatewayProperties.DEFAULTS).value("Device.DeviceInfo.SerialNumber=ITEST0001\n"));
        return options.toArray(new Option[0]);
    }

    @Test
    public void every_bundle_is_active() {
        List<String> notActive = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && b.getState() != Bundle.ACTIVE) {
                notActive.add(b.getSymbolicName() + " [" + b.getBundleId() + "] state " + b.getState());
            }
        }
        assertEquals("bundles not ACTIVE", List.of(), notActive);
        assertTrue("the homegw bundles are installed",
                java.util.Arrays.stream(context.getBundles()).anyMatch(b -> "homegw.runtime".equals(b.getSymbolicName())));
    }

    @Test
    public void every_ds_component_is_satisfied() throws Exception {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        List<String> problems;
        while (true) {
            problems = componentProblems(true);
            if (problems.isEmpty() || System.currentTimeMillis() > deadline) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("DS components not satisfied", List.of(), problems);
        // informative: components waiting for a service that no installed bundle provides yet
        componentProblems(false).forEach(p -> System.out.println("[GatewayBootIT] tolerated: " + p));
    }

    @Test
    public void device_control_service_is_registered() {
        ServiceReference<DeviceControl> ref = context.getServiceReference(DeviceControl.class);
        assertNotNull("DeviceControl service", ref);
        assertEquals("homegw.runtime", ref.getBundle().getSymbolicName());
    }

    /**
     * With {@code strict}, the problems that fail the test: failed activations, and unsatisfied
     * references to a service that is registered or that some installed component could provide.
     * Without, the tolerated ones: mandatory references to a service that no installed bundle can
     * provide yet (directly, or because its only providers wait for such a service themselves), and
     * components that require a configuration nobody has given.
     */
    private List<String> componentProblems(boolean strict) throws InvalidSyntaxException {
        Set<String> unavailable = unavailableServices();
        List<String> out = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            String name = d.bundle.symbolicName + "/" + d.name;
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                switch (c.state) {
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> {
                        if (strict) {
                            out.add(name + ": activation failed: " + c.failure);
                        }
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                        for (UnsatisfiedReferenceDTO r : c.unsatisfiedReferences) {
                            String iface = interfaceOf(d, r.name);
                            boolean tolerated = unavailable.contains(iface);
                            if (strict != tolerated) {
                                out.add(name + ": reference " + r.name + " (" + iface + ", target " + r.target + ") unsatisfied"
                                        + (tolerated ? ": no installed bundle provides it yet" : " although it is or can be provided"));
                            }
                        }
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> {
                        if (!strict) {
                            out.add(name + ": waits for a configuration");
                        }
                    }
                    default -> {
                        // SATISFIED or ACTIVE
                    }
                }
            }
        }
        return out.stream().sorted().collect(Collectors.toList());
    }

    /**
     * Service interfaces no installed bundle can provide now: not registered, and every component
     * declaring them is itself unsatisfied for want of such a service (a fixed point, so a chain
     * A needs B needs missing C tolerates A and B, and reports C's absence).
     */
    private Set<String> unavailableServices() throws InvalidSyntaxException {
        Map<String, List<ComponentConfigurationDTO>> providers = new HashMap<>();
        Set<String> referenced = new HashSet<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            for (var ref : d.references) {
                referenced.add(ref.interfaceName);
            }
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            for (String iface : d.serviceInterfaces) {
                providers.computeIfAbsent(iface, k -> new ArrayList<>()).addAll(scr.getComponentConfigurationDTOs(d));
            }
        }
        Set<String> unavailable = new HashSet<>();
        for (String iface : referenced) {
            if (context.getServiceReferences(iface, null) == null && !providers.containsKey(iface)) {
                unavailable.add(iface);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, List<ComponentConfigurationDTO>> e : providers.entrySet()) {
                String iface = e.getKey();
                if (unavailable.contains(iface) || context.getServiceReferences(iface, null) != null) {
                    continue;
                }
                boolean allBlocked = e.getValue().stream().allMatch(c -> c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        && java.util.Arrays.stream(c.unsatisfiedReferences)
                                .allMatch(r -> unavailable.contains(interfaceOf(c.description, r.name))));
                if (!e.getValue().isEmpty() && allBlocked) {
                    unavailable.add(iface);
                    grew = true;
                }
            }
        }
        return unavailable;
    }

    private static String interfaceOf(ComponentDescriptionDTO d, String referenceName) {
        for (var ref : d.references) {
            if (ref.name.equals(referenceName)) {
                return ref.interfaceName;
            }
        }
        return referenceName;
    }
}
