package org.homegw.diagnostics.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the diagnostics bundle (Config Admin PID {@value #PID}). */
@ObjectClassDefinition(id = DiagnosticsConfig.PID, name = "homegw diagnostics",
        description = "How IP diagnostics are run")
public @interface DiagnosticsConfig {

    String PID = "org.homegw.diagnostics";

    @AttributeDefinition(description = "Use the system ping command when present and permitted; "
            + "otherwise (or when it fails) InetAddress.isReachable is used")
    boolean systemPing() default true;

    @AttributeDefinition(description = "The ping command: a name looked up on PATH or an absolute path")
    String pingCommand() default "ping";

    @AttributeDefinition(description = "The traceroute command: a name looked up on PATH or an absolute path")
    String tracerouteCommand() default "traceroute";

    @AttributeDefinition(description = "Where the default DNS servers are listed (NSLookup with an empty DNSServer)")
    String resolvConf() default "/etc/resolv.conf";

    @AttributeDefinition(description = "UDP port NSLookup asks DNS servers on (53; another only for lab set-ups)",
            min = "1", max = "65535")
    int dnsServerPort() default 53;

    @AttributeDefinition(description = "Pause between echoes of the Java ping fallback, in milliseconds")
    long pingIntervalMillis() default 1000;

    @AttributeDefinition(description = "Most diagnostics running at the same time (one per object at most)")
    int maxConcurrentTests() default 4;

    @AttributeDefinition(description = "TR-143 connect and read timeout, in milliseconds")
    int transferTimeoutMillis() default 30_000;

    @AttributeDefinition(description = "Largest TR-143 upload (TestFileLength) accepted, in bytes")
    long maxUploadBytes() default 1_073_741_824L;
}
