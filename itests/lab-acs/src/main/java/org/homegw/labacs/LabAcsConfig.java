package org.homegw.labacs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.labacs.auth.AuthPolicy;
import org.homegw.labacs.auth.Credentials;

/**
 * Settings of a lab ACS; build with {@link #builder()}. Defaults: 127.0.0.1, ephemeral port, no
 * device authentication, CWMP 1.0–1.4 negotiated with the version headers, MaxEnvelopes 1.
 *
 * @param bindAddress          address the HTTP server listens on
 * @param port                 port (0 = ephemeral)
 * @param deviceAuth           how CPEs must authenticate on the CWMP endpoint
 * @param fileAuth             how clients must authenticate on the file server
 * @param filesDir             directory served for Download under {@code /files/} (null = none)
 * @param uploadsDir           directory Uploads are stored in under {@code /upload/} (null = none)
 * @param maxUploadBytes       largest upload accepted
 * @param versions             CWMP versions the ACS speaks
 * @param versionHeaders       whether the ACS reads SupportedCWMPVersions and answers UseCWMPVersion
 *                             (false with versions {1.0} = the common "1-0 only" ACS)
 * @param maxEnvelopes         MaxEnvelopes the ACS announces in its InformResponse
 * @param pipelineDepth        requests the ACS puts in one HTTP response: 0 = as many as the CPE's Inform
 *                             MaxEnvelopes allows (always 1 from a current CPE); n = up to n whatever the CPE
 *                             said, as pipelining ACSes do
 * @param closeConnections     whether every CWMP answer carries {@code Connection: close}, so each POST of a
 *                             session comes on a new TCP connection (cookies must carry the session)
 * @param sessionTimeout       a session without a POST for this long is over (TR-069: at least 30 s)
 * @param hangLimit            longest a "hang" fault holds a request
 * @param threads              HTTP worker threads
 * @param connectionRequestCredentials default ConnectionRequestUsername/Password for every device (null = none)
 * @param allowRemoteConnectionRequests whether Connection Requests may go to non-loopback hosts
 * @param gzipResponses        whether CWMP answers are gzip-compressed for a CPE that sends
 *                             {@code Accept-Encoding: gzip} (requests with {@code Content-Encoding: gzip} are always read)
 * @param tls                  TLS context for HTTPS (null = plain HTTP); TLS 1.2 and 1.3 only
 * @param requireClientCertificate with TLS: whether clients must present a certificate the context trusts
 * @param clock                time source for records and nonces
 */
public record LabAcsConfig(String bindAddress, int port, AuthPolicy deviceAuth, AuthPolicy fileAuth, Path filesDir,
                           Path uploadsDir, long maxUploadBytes, Set<CwmpVersion> versions, boolean versionHeaders,
                           int maxEnvelopes, int pipelineDepth, boolean closeConnections, Duration sessionTimeout, Duration hangLimit, int threads,
                           Credentials connectionRequestCredentials, boolean allowRemoteConnectionRequests,
                           boolean gzipResponses, SSLContext tls, boolean requireClientCertificate, Clock clock) {

    /** Path of the CWMP endpoint (the ACS URL is {@code http://host:port/acs}). */
    public static final String CWMP_PATH = "/acs";
    public static final String FILES_PATH = "/files/";
    public static final String UPLOAD_PATH = "/upload/";
    public static final String API_PATH = "/api/";

    public LabAcsConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(deviceAuth, "deviceAuth");
        Objects.requireNonNull(fileAuth, "fileAuth");
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        Objects.requireNonNull(hangLimit, "hangLimit");
        Objects.requireNonNull(clock, "clock");
        versions = Set.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("the ACS must speak at least one CWMP version");
        }
        if (requireClientCertificate && tls == null) {
            throw new IllegalArgumentException("client certificates need TLS");
        }
        if (port < 0 || port > 65535 || maxEnvelopes < 1 || pipelineDepth < 0 || threads < 2 || maxUploadBytes < 0) {
            throw new IllegalArgumentException("bad port, maxEnvelopes, pipelineDepth, threads or maxUploadBytes");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder with the defaults listed on {@link LabAcsConfig}. */
    public static final class Builder {
        private String bindAddress = "127.0.0.1";
        private int port;
        private AuthPolicy deviceAuth = AuthPolicy.none();
        private AuthPolicy fileAuth = AuthPolicy.none();
        private Path filesDir;
        private Path uploadsDir;
        private long maxUploadBytes = 64L << 20;
        private Set<CwmpVersion> versions = EnumSet.allOf(CwmpVersion.class);
        private boolean versionHeaders = true;
        private int maxEnvelopes = 1;
        private int pipelineDepth;
        private boolean closeConnections;
        private Duration sessionTimeout = Duration.ofSeconds(60);
        private Duration hangLimit = Duration.ofMinutes(5);
        private int threads = 16;
        private Credentials connectionRequestCredentials;
        private boolean allowRemoteConnectionRequests;
        private boolean gzipResponses;
        private SSLContext tls;
        private boolean requireClientCertificate;
        private Clock clock = Clock.systemUTC();

        public Builder bindAddress(String v) {
            bindAddress = v;
            return this;
        }

        public Builder port(int v) {
            port = v;
            return this;
        }

        public Builder deviceAuth(AuthPolicy v) {
            deviceAuth = v;
            return this;
        }

        public Builder fileAuth(AuthPolicy v) {
            fileAuth = v;
            return this;
        }

        public Builder filesDir(Path v) {
            filesDir = v;
            return this;
        }

        public Builder uploadsDir(Path v) {
            uploadsDir = v;
            return this;
        }

        public Builder maxUploadBytes(long v) {
            maxUploadBytes = v;
            return this;
        }

        public Builder versions(Set<CwmpVersion> v) {
            versions = v;
            return this;
        }

        public Builder versionHeaders(boolean v) {
            versionHeaders = v;
            return this;
        }

        /** The common legacy ACS: answers every Inform in cwmp-1-0 and ignores the version headers. */
        public Builder onlyCwmp10() {
            versions = EnumSet.of(CwmpVersion.V1_0);
            versionHeaders = false;
            return this;
        }

        public Builder pipelineDepth(int v) {
            pipelineDepth = v;
            return this;
        }

        public Builder closeConnections(boolean v) {
            closeConnections = v;
            return this;
        }

        public Builder maxEnvelopes(int v) {
            maxEnvelopes = v;
            return this;
        }

        public Builder sessionTimeout(Duration v) {
            sessionTimeout = v;
            return this;
        }

        public Builder hangLimit(Duration v) {
            hangLimit = v;
            return this;
        }

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public Builder connectionRequestCredentials(Credentials v) {
            connectionRequestCredentials = v;
            return this;
        }

        public Builder allowRemoteConnectionRequests(boolean v) {
            allowRemoteConnectionRequests = v;
            return this;
        }

        public Builder gzipResponses(boolean v) {
            gzipResponses = v;
            return this;
        }

        /** Serve HTTPS with this context (its key manager holds the ACS certificate). */
        public Builder tls(SSLContext v) {
            tls = v;
            return this;
        }

        public Builder requireClientCertificate(boolean v) {
            requireClientCertificate = v;
            return this;
        }

        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        public LabAcsConfig build() {
            return new LabAcsConfig(bindAddress, port, deviceAuth, fileAuth, filesDir, uploadsDir, maxUploadBytes,
                    versions, versionHeaders, maxEnvelopes, pipelineDepth, closeConnections, sessionTimeout, hangLimit, threads,
                    connectionRequestCredentials, allowRemoteConnectionRequests, gzipResponses, tls,
                    requireClientCertificate, clock);
        }
    }
}
