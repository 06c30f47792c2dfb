package org.homegw.swmod.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.net.ssl.SSLSocketFactory;

import org.apache.felix.framework.FrameworkFactory;
import org.homegw.cwmp.api.CpeRequestQueue;
import org.homegw.cwmp.api.CwmpEvent;
import org.homegw.cwmp.api.RpcHandler;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.ChangeDUStateResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.spi.ParameterProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.homegw.swmod.internal.component.SoftwareModules;
import org.homegw.swmod.internal.du.BundleFetcher;
import org.homegw.swmod.internal.du.BundleSignatures;
import org.homegw.swmod.internal.du.UnitSource;
import org.homegw.transfer.internal.http.FileServerClient;
import org.homegw.transfer.internal.http.HttpAuthorization;
import org.homegw.transfer.internal.http.HttpFileDownloader;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * A real Felix framework with the software-module service on it. As in the gateway, the framework
 * cache is cleaned at every start and only the state directory survives {@link #restart()}; the CWMP
 * client is a recording {@link CpeRequestQueue}.
 */
final class TestGateway implements AutoCloseable {

    /** What the service queued for the ACS. */
    record Queued(CwmpRequest request, List<CwmpEvent> events) {
    }

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    final BlockingQueue<Queued> queued = new LinkedBlockingQueue<>();
    private final Path cache;
    private final Path state;
    private Framework framework;
    private SoftwareModules modules;

    private final BundleSignatures signatures;
    /** What the registry's Device.DeviceInfo.SupportedDataModel. table holds (URN by instance path). */
    volatile Map<String, String> supportedModels = Map.of();

    TestGateway(Path cache, Path state) throws BundleException {
        this(cache, state, BundleSignatures.notRequired());
    }

    TestGateway(Path cache, Path state, BundleSignatures signatures) throws BundleException {
        this.cache = cache;
        this.state = state;
        this.signatures = signatures;
        start();
    }

    /** The gateway's real downloader (the transfer manager's), with short timeouts for the tests. */
    static BundleFetcher fetcher(long maxBytes, Duration readTimeout) {
        FileServerClient client = new FileServerClient(new FileServerClient.Settings(
                (SSLSocketFactory) SSLSocketFactory.getDefault(), Duration.ofSeconds(5), readTimeout),
                new HttpAuthorization(new SecureRandom()));
        return new BundleFetcher(new HttpFileDownloader(client, Long.MAX_VALUE), maxBytes);
    }

    private void start() throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        // as the launcher does: the cache does not survive a restart, the state directory does
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // the test bundles' activator uses the data-model SPI from the class path
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                "org.homegw.datamodel.api;version=1.0.0,org.homegw.datamodel.spi;version=1.3.0");
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        CpeRequestQueue queue = (request, events) -> queued.add(new Queued(request, List.of(events)));
        modules = SoftwareModules.start(context(), queue, state, Pattern.compile(SoftwareModules.DEFAULT_CORE_BUNDLES),
                new UnitSource(fetcher(1024 * 1024, Duration.ofSeconds(30)), signatures), () -> supportedModels, CLOCK);
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** Stops the service and the framework and starts both again over the same directories. */
    void restart() throws Exception {
        stop();
        start();
    }

    /** Sends ChangeDUState through the registered RpcHandler and waits for its DUStateChangeComplete. */
    DUStateChangeComplete changeDuState(String commandKey, DuOperation... ops) throws Exception {
        RpcHandler handler = context().getService(context().getServiceReferences(RpcHandler.class,
                "(" + RpcHandler.METHOD + "=ChangeDUState)").iterator().next());
        CwmpMessage answer = handler.handle(new ChangeDUState(List.of(ops), commandKey));
        if (!(answer instanceof ChangeDUStateResponse)) {
            throw new AssertionError("ChangeDUState answered " + answer);
        }
        Queued q = next();
        if (!(q.request() instanceof DUStateChangeComplete complete)) {
            throw new AssertionError("queued " + q.request());
        }
        lastEvents = q.events();
        return complete;
    }

    List<CwmpEvent> lastEvents = new ArrayList<>();

    Queued next() throws InterruptedException {
        Queued q = queued.poll(60, TimeUnit.SECONDS);
        if (q == null) {
            throw new AssertionError("nothing queued for the ACS");
        }
        return q;
    }

    ParameterProvider provider() {
        try {
            return context().getService(context().getServiceReferences(ParameterProvider.class,
                    "(" + ParameterProvider.PATH + "=Device.SoftwareModules.)").iterator().next());
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** One parameter value, or null when the provider does not serve it. */
    String value(String path) {
        int dot = path.lastIndexOf('.');
        Outcome<Map<String, String>> v = provider().read(path.substring(0, dot + 1), List.of(path.substring(dot + 1)));
        return v.value().get(path.substring(dot + 1));
    }

    List<Long> instances(String table) {
        return provider().instances(table).value();
    }

    Outcome<Integer> set(String path, String value) {
        List<ParameterWrite> writes = List.of(new ParameterWrite(path, value));
        Outcome<Void> valid = provider().validate(writes);
        if (!valid.isSuccess()) {
            return Outcome.failure(valid.faultOrNull());
        }
        return provider().write(writes);
    }

    /** Waits (bounded) until a parameter has the wanted value; answers the last value seen. */
    String awaitValue(String path, String wanted) throws InterruptedException {
        String v = value(path);
        for (int i = 0; i < 200 && !wanted.equals(v); i++) {
            Thread.sleep(25);
            v = value(path);
        }
        return v;
    }

    private void stop() throws Exception {
        if (modules != null) {
            modules.close();
            modules = null;
        }
        if (framework != null) {
            framework.stop();
            framework.waitForStop(30_000);
            framework = null;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
