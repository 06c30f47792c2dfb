package org.homegw.cwmp.client.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homegw.cwmp.client.internal.rpc.RpcAnswer;
import org.homegw.cwmp.client.internal.rpc.RpcDispatcher;
import org.homegw.cwmp.client.internal.rpc.RpcHandlers;
import org.homegw.cwmp.client.internal.rpc.SessionListing;
import org.homegw.cwmp.client.internal.rpc.SessionOrders;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.ParameterInfoStruct;
import org.homegw.datamodel.api.DataModel;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.definitions.DefinitionsLoader;
import org.homegw.datamodel.internal.RegistryAssembly;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.provider.ProviderTable;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.spi.AbstractParameterProvider;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The session's memory against the real registry on the shipped Device:2.19 definitions, with a
 * provider whose Device.Hosts.Host instances come and go like LAN devices do: what one session listed
 * stays readable in that session after the host left; the registry itself answers 9005 for it.
 */
public class VanishingHostsOnTheRegistryTest {

    private static SchemaTree tree;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** LAN hosts by instance number: parameter name to value. */
    private final Map<Long, Map<String, String>> hosts = new TreeMap<>();
    private DataModel registry;
    private RpcDispatcher dispatcher;

    @BeforeClass
    public static void loadDefinitions() throws Exception {
        tree = DefinitionsAdapter.toTree(new DefinitionsLoader().loadFolder(
                Path.of("../../device-config/datamodel"), "Device:2"));
    }

    private final class HostsProvider extends AbstractParameterProvider {
        @Override
        public Outcome<List<Long>> instances(String tablePath) {
            return Outcome.success(tablePath.equals("Device.Hosts.Host.") ? new ArrayList<>(hosts.keySet()) : List.of());
        }

        @Override
        public Outcome<Map<String, String>> read(String objectPath, Collection<String> names) {
            Map<String, String> out = new LinkedHashMap<>();
            String prefix = "Device.Hosts.Host.";
            if (objectPath.startsWith(prefix) && objectPath.indexOf('.', prefix.length()) == objectPath.length() - 1) {
                Map<String, String> host = hosts.get(Long.parseLong(objectPath.substring(prefix.length(),
                        objectPath.length() - 1)));
                if (host != null) {
                    names.stream().filter(host::containsKey).forEach(n -> out.put(n, host.get(n)));
                }
            }
            return Outcome.success(out);
        }
    }

    private void setUp() throws Exception {
        hosts.put(1L, Map.of("HostName", "laptop", "IPAddress", "192.168.1.10", "Active", "1"));
        hosts.put(2L, Map.of("HostName", "phone", "IPAddress", "192.168.1.11", "Active", "1"));
        ProviderTable providers = new ProviderTable();
        providers.add(new ProviderRegistration(new HostsProvider(), List.of("Device.Hosts."), 0, 10, true));
        registry = new RegistryAssembly(tree).stateDir(tmp.newFolder().toPath()).providers(providers).build()
                .registry();
        dispatcher = new RpcDispatcher(registry, new RpcHandlers(RpcDispatcher.BUILT_IN), () -> false);
    }

    private Object ask(CwmpRequest request, SessionListing listing) {
        RpcAnswer a = dispatcher.dispatch(request, new SessionOrders(), listing);
        if (a instanceof RpcAnswer.Message m) {
            return m.message();
        }
        List<String> values = new ArrayList<>();
        Outcome<Integer> written = ((RpcAnswer.Streamed) a).values().writeTo(registry,
                v -> values.add(v.path() + "=" + v.value() + ":" + v.type()));
        assertTrue(String.valueOf(written), written.isSuccess());
        assertEquals(((RpcAnswer.Streamed) a).values().count(), values.size());
        return values;
    }

    @Test
    public void host_listed_then_gone_reads_as_empty_in_the_session_and_9005_after_it() throws Exception {
        setUp();
        SessionListing session = new SessionListing();
        GetParameterNamesResponse names = (GetParameterNamesResponse) ask(new GetParameterNames("Device.Hosts.Host.",
                false), session);
        assertTrue(names.parameterList().stream().map(ParameterInfoStruct::name).toList()
                .contains("Device.Hosts.Host.2.HostName"));
        hosts.remove(2L);
        assertEquals("the registry itself no longer knows it", 9005, registry.getValues(
                List.of("Device.Hosts.Host.2.HostName"), v -> { }).faultOrNull().code());

        assertEquals(List.of("Device.Hosts.Host.1.HostName=laptop:string", "Device.Hosts.Host.2.HostName=:string"),
                ask(new GetParameterValues(List.of("Device.Hosts.Host.1.HostName", "Device.Hosts.Host.2.HostName")),
                        session));
        assertEquals(9005, ((FaultMessage) ask(new GetParameterValues(List.of("Device.Hosts.Host.2.HostName")),
                new SessionListing())).faultCode());
    }

    @Test
    public void host_read_then_gone_keeps_its_values_and_types_for_the_session() throws Exception {
        setUp();
        SessionListing session = new SessionListing();
        List<?> before = (List<?>) ask(new GetParameterValues(List.of("Device.Hosts.Host.2.")), session);
        assertTrue(before.toString(), before.containsAll(List.of("Device.Hosts.Host.2.HostName=phone:string",
                "Device.Hosts.Host.2.Active=true:boolean")));
        hosts.remove(2L);
        assertEquals(before, ask(new GetParameterValues(List.of("Device.Hosts.Host.2.")), session));
        assertEquals(List.of("Device.Hosts.Host.2.Active=true:boolean"),
                ask(new GetParameterValues(List.of("Device.Hosts.Host.2.Active")), session));
        GetParameterNamesResponse names = (GetParameterNamesResponse) ask(
                new GetParameterNames("Device.Hosts.Host.2.", true), session);
        assertEquals(before.size(), names.parameterList().size());
    }
}
