package org.homegw.cwmp.connreq.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the Connection Request listeners that are not in the data model. */
@ObjectClassDefinition(name = "homegw Connection Request server",
        description = "HTTP and UDP Connection Request listeners (TR-069 3.2.2 and Annex G) and the STUN client.")
public @interface ConnectionRequestConfig {

    @AttributeDefinition(description = "Address to listen on and advertise in ConnectionRequestURL; empty listens "
            + "on all interfaces and advertises the one that reaches the ACS")
    String address() default "";

    @AttributeDefinition(description = "HTTP port; -1 uses the framework property homegw.connreq.port (default 7547)")
    int port() default -1;

    @AttributeDefinition(description = "UDP Connection Request (and STUN source) port; -1 uses the HTTP port number")
    int udpPort() default -1;

    /**
     * A burst budget: operators' tools often send several Connection Requests in a row (a retry, a
     * second click, a batch step), so 8 pass back to back; a flood still gets at most 8 per minute
     * through (and the client folds those into one session plus at most one follow-up each).
     */
    @AttributeDefinition(description = "Connection Requests accepted per window (HTTP and UDP together), "
            + "back to back if they come so; more get 503 / are dropped", min = "1", max = "10000")
    int rateLimitBudget() default 8;

    @AttributeDefinition(description = "Rate limit window in seconds", min = "1")
    int rateLimitWindowSeconds() default 60;

    @AttributeDefinition(description = "Accept HTTP Basic authentication (plain-text password) in addition to Digest")
    boolean allowBasic() default false;

    @AttributeDefinition(description = "Seconds a digest nonce stays valid; later uses get stale=true", min = "1")
    int nonceLifetimeSeconds() default 300;

    @AttributeDefinition(description = "Worker threads serving HTTP connections", min = "1", max = "64")
    int workers() default 4;

    @AttributeDefinition(description = "Read timeout per HTTP connection, milliseconds", min = "100")
    int readTimeoutMillis() default 5000;

    @AttributeDefinition(description = "How often ManagementServer settings and the local address are re-read, seconds",
            min = "1")
    int settingsPollSeconds() default 10;

    @AttributeDefinition(description = "Preferred STUN keep-alive period in seconds, clamped to "
            + "STUNMinimumKeepAlivePeriod..STUNMaximumKeepAlivePeriod", min = "1")
    int stunKeepAliveSeconds() default 30;

    @AttributeDefinition(description = "UDP Connection Requests whose ts is further than this from our clock are "
            + "dropped; 0 turns the check off (for devices without reliable time)", min = "0")
    int udpMaxClockSkewSeconds() default 3600;
}
