package org.homegw.adapter.voip.internal.sip;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.homegw.adapter.voip.internal.dm.VoiceConfigStore;
import org.homegw.adapter.voip.internal.dm.VoiceProvider;
import org.homegw.datamodel.spi.ParameterWrite;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The VoiceService provider over the real SIP driver, registering with Kamailio on 127.0.0.1. */
public class SipVoiceDriverTest {

    private static final String V = "Device.Services.VoiceService.1.";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private LocalKamailio kamailio;
    private ScheduledExecutorService executor;
    private VoiceProvider provider;
    private final List<String> changes = new CopyOnWriteArrayList<>();

    @Before
    public void setUp() throws IOException {
        kamailio = LocalKamailio.start(tmp.newFolder("kamailio").toPath());
        executor = Executors.newSingleThreadScheduledExecutor();
        SipVoiceDriver driver = new SipVoiceDriver(2, executor, Duration.ofMillis(100));
        provider = new VoiceProvider("Device.", driver, new VoiceConfigStore(tmp.getRoot().toPath().resolve("voip.properties")));
        provider.attach(paths -> changes.addAll(List.of(paths)));
    }

    @After
    public void tearDown() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (kamailio != null) {
            kamailio.close();
        }
    }

    private String status(int line) {
        return provider.read(V + "SIP.Client." + line + ".", List.of("Status")).value().get("Status");
    }

    /** Registration is network I/O: wait for its outcome, up to a deadline. */
    private String awaitStatusOtherThan(int line, String transient_) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (status(line).equals(transient_) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return status(line);
    }

    private static ParameterWrite w(String path, String value) {
        return new ParameterWrite(V + path, value);
    }

    @Test
    public void lines_register_for_real_and_a_wrong_password_is_a_registration_error() throws InterruptedException {
        assertEquals(0, provider.instances(V + "CodecProfile.").value().size());
        assertEquals(0, (int) provider.write(List.of(w("SIP.Network.1.RegistrarServer", "127.0.0.1"),
                w("SIP.Network.1.RegistrarServerPort", Integer.toString(kamailio.port())),
                w("SIP.Client.1.Enable", "true"), w("SIP.Client.1.RegisterURI", "sip:alice@127.0.0.1"),
                w("SIP.Client.1.AuthUserName", "alice"), w("SIP.Client.1.AuthPassword", LocalKamailio.PASSWORD),
                w("CallControl.Line.1.Enable", "true"),
                w("SIP.Client.2.Enable", "true"), w("SIP.Client.2.RegisterURI", "sip:bob@127.0.0.1"),
                w("SIP.Client.2.AuthUserName", "bob"), w("SIP.Client.2.AuthPassword", "nope"),
                w("CallControl.Line.2.Enable", "true"))).value());
        assertEquals("Up", awaitStatusOtherThan(1, "Registering"));
        assertEquals("Error_Registration", awaitStatusOtherThan(2, "Registering"));
        assertTrue(changes.contains(V + "SIP.Client.1.Status"));
        assertEquals("Up", provider.read(V + "CallControl.Line.1.", List.of("Status")).value().get("Status"));
        provider.write(List.of(w("SIP.Client.1.Enable", "false")));
        assertEquals("Disabled", status(1));
    }
}
