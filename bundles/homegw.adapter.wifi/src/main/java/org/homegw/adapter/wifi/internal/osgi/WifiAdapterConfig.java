package org.homegw.adapter.wifi.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the Wi-Fi adapter (Config Admin PID org.homegw.adapter.wifi). */
@ObjectClassDefinition(name = "homegw Wi-Fi adapter", description = "Serves Device.WiFi. over the bound Wi-Fi driver")
public @interface WifiAdapterConfig {

    @AttributeDefinition(description = "Root object of the data model")
    String root() default "Device.";

    @AttributeDefinition(description = "Factory regulatory domain: country code and ' ', 'O' or 'I' (TR-181 RegulatoryDomain)")
    String regulatoryDomain() default "US ";

    @AttributeDefinition(description = "Configuration file, relative to homegw.state.dir")
    String stateFile() default "wifi/config.properties";
}
