package org.homegw.datamodel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Syntax;
import org.homegw.datamodel.internal.value.ValueCodec;
import org.junit.Before;
import org.junit.Test;

/** Validation against the syntaxes the real Device:2.19 definitions give (named types resolved). */
public class RealSyntaxTest {

    private SchemaTree tree;
    private final ValueCodec codec = new ValueCodec();

    @Before
    public void setUp() throws Exception {
        tree = RealModels.tree(RealModels.DEVICE_2_19);
    }

    private Syntax syntax(String path) {
        ResolvedPath.ParamNode node = (ResolvedPath.ParamNode) new PathResolver(tree).resolve(path);
        return node.param().syntax();
    }

    private int code(String path, String value) {
        Outcome<String> o = codec.accept(syntax(path), value);
        return o.isSuccess() ? 0 : o.faultOrNull().code();
    }

    @Test
    public void every_pattern_of_the_model_compiles_as_a_java_regex() {
        List<String> broken = new ArrayList<>();
        for (ObjectSchema o : tree.objects()) {
            for (ParamSchema p : o.params().values()) {
                for (String pattern : p.syntax().patterns()) {
                    try {
                        Pattern.compile(pattern);
                    } catch (PatternSyntaxException e) {
                        broken.add(o.path() + p.name() + ": " + pattern);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    public void ipv4_addresses_follow_the_named_type() {
        String path = "Device.IP.Interface.1.IPv4Address.1.IPAddress";
        assertEquals(0, code(path, "192.168.1.1"));
        assertEquals(9007, code(path, " 10.0.0.1 "));
        assertEquals(9007, code(path, "192.168.1"));
        assertEquals(9007, code(path, "256.1.1.1"));
    }

    @Test
    public void mac_addresses_follow_the_named_type() {
        String path = "Device.Ethernet.Interface.1.MACAddress";
        assertEquals(0, code(path, "00:11:22:AA:bb:cc"));
        assertEquals(9007, code(path, "00-11-22-AA-BB-CC"));
    }

    @Test
    public void diagnostics_state_values_only_the_device_sets_are_marked() {
        Syntax s = syntax("Device.IP.Diagnostics.IPPing.DiagnosticsState");
        assertTrue(s.enumerations().contains("Requested"));
        assertTrue(s.cpeOnlyValues().contains("Complete"));
        assertTrue(!s.cpeOnlyValues().contains("Requested"));
    }

    @Test
    public void alias_size_and_lists_apply() {
        assertEquals(9007, code("Device.NAT.PortMapping.1.Alias", "x".repeat(65)));
        assertEquals(0, code("Device.NAT.PortMapping.1.Alias", "x".repeat(64)));
        assertEquals(9007, code("Device.ManagementServer.SupportedConnReqMethods", "HTTP,Pigeon"));
    }

    @Test
    public void stats_counters_are_unsigned() {
        assertEquals(9006, code("Device.Ethernet.Interface.1.Stats.BytesSent", "-1"));
        assertEquals(0, code("Device.Ethernet.Interface.1.Stats.BytesSent", "18446744073709551615"));
    }
}
