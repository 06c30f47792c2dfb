package org.homegw.swmod.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.CwmpDateTime;
import org.homegw.swmod.internal.osgi.DeploymentUnit;
import org.homegw.swmod.internal.osgi.ExecutionControl;
import org.homegw.swmod.internal.osgi.ExecutionFaults;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** The TR-181 parameter values of one DeploymentUnit / ExecutionUnit instance. */
final class UnitValues {

    /** The data-model provider SPI's service property, read from other bundles' registrations. */
    private static final String PROVIDER_CLASS = "org.homegw.datamodel.spi.ParameterProvider";
    private static final String PROVIDER_PATH = "homegw.dm.path";

    private UnitValues() {
    }

    static Map<String, String> deploymentUnit(DeploymentUnit u) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("UUID", u.record().uuid());
        v.put("DUID", Long.toString(u.bundle().getBundleId()));
        v.put("Alias", u.record().duAliasOrDefault());
        v.put("Name", u.name());
        v.put("Status", "Installed");
        v.put("Resolved", Boolean.toString(u.resolved()));
        v.put("URL", u.record().url());
        v.put("Description", u.description());
        v.put("Vendor", u.vendor());
        v.put("Version", u.version());
        v.put("VendorLogList", "");
        v.put("VendorConfigList", "");
        v.put("ExecutionUnitList", u.euRef());
        v.put("ExecutionEnvRef", DeploymentUnit.EXEC_ENV);
        v.put("Installed", u.record().installed().isEmpty() ? CwmpDateTime.UNKNOWN_TIME : u.record().installed());
        v.put("LastUpdate", CwmpDateTime.of(java.time.Instant.ofEpochMilli(u.bundle().getLastModified())));
        return v;
    }

    static Map<String, String> executionUnit(DeploymentUnit u, ExecutionFaults faults, SupportedModelRefs models) {
        Bundle b = u.bundle();
        ExecutionFaults.Fault fault = faults.of(b.getBundleId());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("EUID", Long.toString(b.getBundleId()));
        v.put("Alias", u.record().euAliasOrDefault());
        v.put("Name", u.name());
        v.put("ExecEnvLabel", u.name());
        v.put("Status", ExecutionControl.status(b));
        v.put("RequestedState", "");
        v.put("ExecutionFaultCode", fault.code());
        v.put("ExecutionFaultMessage", fault.message());
        v.put("AutoStart", Boolean.toString(u.record().autoStart()));
        v.put("Vendor", u.vendor());
        v.put("Version", u.version());
        v.put("Description", u.description());
        v.put("References", String.join(",", providerPaths(b)));
        v.put("SupportedDataModelList", models.of(b));
        v.put("ExecutionEnvRef", DeploymentUnit.EXEC_ENV);
        v.put("HostObjectNumberOfEntries", "0");
        v.put("EnvVariableNumberOfEntries", "0");
        return v;
    }

    /** The data-model objects this unit's ParameterProviders serve (TR-181 References). */
    private static List<String> providerPaths(Bundle b) {
        List<String> out = new ArrayList<>();
        ServiceReference<?>[] refs;
        try {
            refs = b.getRegisteredServices();
        } catch (IllegalStateException e) {
            return out;
        }
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            if (!List.of((String[]) ref.getProperty("objectClass")).contains(PROVIDER_CLASS)) {
                continue;
            }
            Object path = ref.getProperty(PROVIDER_PATH);
            if (path instanceof String s) {
                out.add(trimDot(s));
            } else if (path instanceof String[] paths) {
                for (String s : paths) {
                    out.add(trimDot(s));
                }
            }
        }
        return out;
    }

    private static String trimDot(String path) {
        return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }
}
