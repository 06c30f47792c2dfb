package org.homegw.datamodel.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Settings of the data-model registry (PID org.homegw.datamodel.internal.osgi.DataModelComponent). */
@ObjectClassDefinition(name = "homegw data model", description = "Which data model the gateway exposes and how")
public @interface DataModelConfig {

    @AttributeDefinition(name = "Model", description = "Root data model; picks the newest matching compact file in "
            + "<homegw.config.dir>/datamodel/ unless a definitions file is given. Empty: the datamodel= line of "
            + "<homegw.config.dir>/device.properties, else Device:2", required = false,
            options = {@Option(label = "from device.properties", value = ""),
                    @Option(label = "Device:2 (TR-181)", value = "Device:2"),
                    @Option(label = "InternetGatewayDevice:1 (TR-098)", value = "InternetGatewayDevice:1")})
    String model() default "";

    @AttributeDefinition(name = "Definitions file", description = "Compact definitions or BBF/vendor XML with one "
            + "model; relative paths are resolved against <homegw.config.dir>/datamodel/. Empty: chosen by model",
            required = false)
    String definitions() default "";

    @AttributeDefinition(name = "Service model XML", description = "BBF XML files whose models are mounted under "
            + "<root>Services. (only with a definitions file)", required = false)
    String[] serviceModels() default {};

    @AttributeDefinition(name = "Store paths", description = "Subtrees (ending in '.') or parameters served by the "
            + "built-in persistent store. Empty: <root>ManagementServer. and <root>DeviceInfo.", required = false)
    String[] storePaths() default {};

    @AttributeDefinition(name = "Poll interval (s)", description = "How often providers that cannot push changes "
            + "are polled for parameters with notification on; 0 turns polling off", min = "0")
    long pollIntervalSeconds() default 30;
}
