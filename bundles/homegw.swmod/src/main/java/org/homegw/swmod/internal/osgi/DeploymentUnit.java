package org.homegw.swmod.internal.osgi;

import org.homegw.swmod.internal.du.DuRecord;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** A manageable bundle seen as a TR-181 deployment unit: its persisted record and the live bundle. */
public record DeploymentUnit(DuRecord record, Bundle bundle) {

    public static final String DU_TABLE = "Device.SoftwareModules.DeploymentUnit.";
    public static final String EU_TABLE = "Device.SoftwareModules.ExecutionUnit.";
    public static final String EXEC_ENV = "Device.SoftwareModules.ExecEnv.1";

    /** "Device.SoftwareModules.DeploymentUnit.n" (references carry no trailing dot). */
    public String duRef() {
        return DU_TABLE + record.duNumber();
    }

    public String euRef() {
        return EU_TABLE + record.euNumber();
    }

    public String name() {
        return bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName();
    }

    public String version() {
        return bundle.getVersion().toString();
    }

    public String vendor() {
        return header(bundle, Constants.BUNDLE_VENDOR);
    }

    public String description() {
        return header(bundle, Constants.BUNDLE_DESCRIPTION);
    }

    /** TR-181 Resolved: the framework could wire every mandatory requirement. */
    public boolean resolved() {
        return (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) != 0;
    }

    static String header(Bundle b, String name) {
        String v = b.getHeaders("").get(name);
        return v == null ? "" : v.trim();
    }
}
