package org.homegw.runtime.api;

/**
 * Names of the framework properties the homegw launcher sets; read them with
 * {@code BundleContext.getProperty(name)}.
 */
public final class GatewayProperties {

    /** Absolute path of the writable state directory (default {@code <dist>/var}). */
    public static final String STATE_DIR = "homegw.state.dir";

    /** Absolute path of the device configuration (the shipped {@code device-config/} files). */
    public static final String CONFIG_DIR = "homegw.config.dir";

    /**
     * Newline-separated {@code Path=Value} data-model overrides from the launcher command line
     * ({@code --set}, {@code --acs-url}, ...) and the generated serial number; they take
     * precedence over the factory defaults in {@code defaults.properties}.
     */
    public static final String DEFAULTS = "homegw.defaults";

    /** TCP port of the Connection Request listener (launcher option {@code --cr-port}, default 7547). */
    public static final String CONNREQ_PORT = "homegw.connreq.port";

    /**
     * Why this framework was started: {@code start} (the launcher process started: power-on),
     * {@code reboot} or {@code factory-reset} (a restart asked for through {@link DeviceControl},
     * also when the process died between the request and the restart). A CWMP client uses it to
     * choose its boot events (1 BOOT, M Reboot, 0 BOOTSTRAP after a factory reset).
     */
    public static final String BOOT_REASON = "homegw.boot.reason";

    /**
     * Absolute path of the file through which a bundle asks the launcher to restart the framework
     * (see {@link DeviceControl}); only the runtime bundle writes it.
     */
    public static final String RESTART_REQUEST_FILE = "homegw.restart.request.file";

    private GatewayProperties() {
    }
}
