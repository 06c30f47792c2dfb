package org.homegw.datamodel.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.internal.path.PathResolver;
import org.homegw.datamodel.internal.path.ResolvedPath;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Syntax;
import org.homegw.datamodel.internal.store.DefaultValues;
import org.homegw.datamodel.internal.value.ValueCodec;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Strings keep their blanks on every input path; only types whose lexical form allows it are trimmed. */
public class StringWhitespaceTest {

    private static final String REGULATORY_DOMAIN = "Device.WiFi.Radio.1.RegulatoryDomain";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private SchemaTree tree;
    private final ValueCodec codec = new ValueCodec();

    @Before
    public void setUp() throws Exception {
        tree = RealModels.tree(RealModels.DEVICE_2_19);
    }

    private Syntax syntax(String path) {
        return ((ResolvedPath.ParamNode) new PathResolver(tree).resolve(path)).param().syntax();
    }

    private String accepted(String path, String value) {
        Outcome<String> o = codec.accept(syntax(path), value);
        return o.isSuccess() ? o.value() : "fault " + o.faultOrNull().code();
    }

    @Test
    public void regulatory_domain_keeps_its_trailing_blank() {
        assertEquals("DE ", accepted(REGULATORY_DOMAIN, "DE "));
        assertEquals("DEI", accepted(REGULATORY_DOMAIN, "DEI"));
        assertEquals("fault 9007", accepted(REGULATORY_DOMAIN, "DE"));
        assertEquals("fault 9007", accepted(REGULATORY_DOMAIN, " DEO"));
    }

    @Test
    public void patterned_and_enumerated_strings_are_not_trimmed() {
        assertEquals("fault 9007", accepted("Device.IP.Interface.1.IPv4Address.1.IPAddress", " 10.0.0.1 "));
        assertEquals("fault 9007", accepted("Device.IP.Interface.1.IPv4Address.1.AddressingType", "Static "));
        assertEquals("  free text  ", accepted("Device.DeviceInfo.ProvisioningCode", "  free text  "));
    }

    @Test
    public void numbers_booleans_and_date_times_are_trimmed() {
        assertEquals("7", accepted("Device.WiFi.Radio.1.RetryLimit", " 7\n"));
        assertEquals("true", accepted("Device.ManagementServer.PeriodicInformEnable", " 1 "));
        assertEquals("2026-01-01T00:00:00Z", accepted("Device.ManagementServer.PeriodicInformTime", " 2026-01-01T00:00:00Z "));
    }

    @Test
    public void defaults_keep_trailing_blanks_of_strings_and_drop_those_after_the_equals_sign() throws Exception {
        Path file = Files.writeString(tmp.getRoot().toPath().resolve("defaults.properties"),
                "Device.DeviceInfo.ProvisioningCode = PC \nDevice.ManagementServer.PeriodicInformInterval= 60 \n");
        DefaultValues fromFile = new DefaultValues(tree).withFile(file);
        assertEquals("PC ", fromFile.values().get("Device.DeviceInfo.ProvisioningCode"));
        assertEquals("60", fromFile.values().get("Device.ManagementServer.PeriodicInformInterval"));

        DefaultValues fromLines = new DefaultValues(tree).withLines(
                "  Device.DeviceInfo.ProvisioningCode= PC \nDevice.ManagementServer.PeriodicInformInterval=60 ", "test");
        assertEquals("PC ", fromLines.values().get("Device.DeviceInfo.ProvisioningCode"));
        assertEquals("60", fromLines.values().get("Device.ManagementServer.PeriodicInformInterval"));
    }
}
