package org.homegw.datamodel.internal.contrib;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.homegw.datamodel.api.AttributeChange;
import org.homegw.datamodel.api.CwmpFault;
import org.homegw.datamodel.api.DataModel.Caller;
import org.homegw.datamodel.api.Outcome;
import org.homegw.datamodel.api.ParameterInfo;
import org.homegw.datamodel.api.ParameterValue;
import org.homegw.datamodel.internal.Fixture;
import org.homegw.datamodel.internal.MapProvider;
import org.homegw.datamodel.internal.provider.ProviderRegistration;
import org.homegw.datamodel.internal.schema.ActiveNotify;
import org.homegw.datamodel.internal.schema.ModelInfo;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Syntax;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The registry while a bundle's definitions come and go: values, names, forcedInform, notification
 * attributes, the store's defaults and the supported-models table all follow the live definitions,
 * and what the registry persisted for the bundle's parameters survives a withdrawal and a restart.
 */
public class LiveDefinitionsRegistryTest {

    static final String P = "Device.X_PLUG.";
    static final String TOKEN = "Device.ManagementServer.X_PLUG_Token";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path state;
    private Fixture f;
    private final MapProvider plug = new MapProvider();

    /** What the plug bundle carries: its own subtree plus one store-served parameter in a standard object. */
    static Contribution plugDefinitions(long key, boolean v2) {
        List<ParamSchema> params = new ArrayList<>(List.of(
                ParamSchema.readWrite("Name", Syntax.of("string")),
                ParamSchema.readOnly("Watts", Syntax.of("unsignedInt")).withForcedInform()));
        if (v2) {
            params.add(ParamSchema.readOnly("Firmware", Syntax.of("string")));
        }
        return new Contribution(key, "plug " + (v2 ? "2.0.0" : "1.0.0"), new SchemaTree(List.of(
                ObjectSchema.single("Device."),
                ObjectSchema.single("Device.ManagementServer.", ParamSchema.readWrite("X_PLUG_Token", Syntax.of("string"))
                        .withFactoryDefault("factory")),
                ObjectSchema.single(P, params.toArray(ParamSchema[]::new)),
                ObjectSchema.single(P + "Meter.", ParamSchema.readOnly("Energy", Syntax.of("unsignedLong"))
                        .withActiveNotify(ActiveNotify.FORCE_DEFAULT_ENABLED))),
                List.of(new ModelInfo("X_PLUG:1.0", "urn:example-com:plug-1-0", ""))));
    }

    @Before
    public void setUp() throws Exception {
        state = tmp.newFolder("var").toPath();
        plug.put(P + "Name", "Lamp").put(P + "Watts", "60").put(P + "Firmware", "2.0").put(P + "Meter.Energy", "7");
        f = start();
    }

    private Fixture start() {
        Fixture fixture = new Fixture(state, Fixture.DEFAULTS + "\n" + TOKEN + "=from-defaults\n");
        fixture.providers.add(new ProviderRegistration(plug, List.of(P), 0, 20, true));
        return fixture;
    }

    private LiveDefinitions live() {
        return f.assembled.definitions();
    }

    private int fault(String path) {
        Outcome<ParameterValue> v = f.registry.getValue(path);
        return v.isSuccess() ? 0 : v.faultOrNull().code();
    }

    private List<String> forcedPaths() {
        return f.registry.forcedInformValues().stream().map(ParameterValue::path).toList();
    }

    @Test
    public void parameters_appear_when_merged_and_answer_9005_when_withdrawn() {
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Name"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.getNames(P, false).faultOrNull().code());

        live().add(plugDefinitions(1L, false));
        assertEquals(List.of(P + "Name=Lamp", P + "Watts=60", P + "Meter.Energy=7"), f.get(P));
        List<String> names = f.registry.getNames(P, false).value().stream().map(ParameterInfo::path).toList();
        assertEquals(List.of(P, P + "Name", P + "Watts", P + "Meter.", P + "Meter.Energy"), names);
        assertTrue(forcedPaths().contains(P + "Watts"));
        assertEquals(Integer.valueOf(0), f.registry.setValues(List.of(Fixture.pv(P + "Name", "Heater")), "k1", Caller.ACS).value());
        assertEquals("Heater", plug.values.get(P + "Name"));

        live().withdraw(1L, "plug");
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Name"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.getValues(List.of(P), v -> { }).faultOrNull().code());
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.getNames(P, true).faultOrNull().code());
        assertFalse(forcedPaths().contains(P + "Watts"));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, f.registry.setValues(List.of(Fixture.pv(P + "Name", "X")), "k2",
                Caller.ACS).faultOrNull().parameterFaults().get(0).code());
    }

    @Test
    public void the_store_serves_contributed_defaults_and_the_defaults_file_applies_to_them() {
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(TOKEN));
        live().add(plugDefinitions(1L, false));
        assertEquals("a defaults line naming a bundle's parameter counts once the bundle is there",
                "from-defaults", f.value(TOKEN));
        f.registry.setValues(List.of(Fixture.pv(TOKEN, "written")), "k", Caller.ACS).value();
        live().withdraw(1L, "plug");
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(TOKEN));
        live().add(plugDefinitions(1L, false));
        assertEquals("the stored value is kept while the bundle is away", "written", f.value(TOKEN));
    }

    @Test
    public void supported_data_models_list_the_bundle_model_while_it_is_merged() {
        int before = f.get("Device.DeviceInfo.SupportedDataModel.").size();
        live().add(plugDefinitions(1L, false));
        List<String> models = f.get("Device.DeviceInfo.SupportedDataModel.");
        assertTrue(models.toString(), models.contains("Device.DeviceInfo.SupportedDataModel.2.URN=urn:example-com:plug-1-0"));
        assertTrue("no made-up BBF address for a vendor model: " + models,
                models.contains("Device.DeviceInfo.SupportedDataModel.2.URL="));
        assertTrue(models.toString(), models.contains("Device.DeviceInfo.SupportedDataModel.1.URL="
                + "https://cwmp-data-models.broadband-forum.org/tr-181-2-19-1-cwmp-full.xml"));
        live().withdraw(1L, "plug");
        assertEquals(before, f.get("Device.DeviceInfo.SupportedDataModel.").size());
    }

    @Test
    public void supported_data_model_rows_keep_their_numbers_while_bundles_come_and_go() {
        live().add(plugDefinitions(1L, false));
        Contribution other = new Contribution(2L, "other", new SchemaTree(List.of(ObjectSchema.single("Device."),
                ObjectSchema.single("Device.X_OTHER.", ParamSchema.readOnly("A", Syntax.of("string")))),
                List.of(new ModelInfo("X_OTHER:1.0", "urn:example-com:other-1-0", ""))));
        live().add(other);
        String row3 = "Device.DeviceInfo.SupportedDataModel.3.URN";
        assertEquals("urn:example-com:other-1-0", f.value(row3));
        live().withdraw(1L, "plug");
        assertEquals("the other bundle's row keeps its number", "urn:example-com:other-1-0", f.value(row3));
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault("Device.DeviceInfo.SupportedDataModel.2.URN"));
        live().add(plugDefinitions(1L, false));
        assertEquals("a returning model gets a new number", "urn:example-com:plug-1-0",
                f.value("Device.DeviceInfo.SupportedDataModel.4.URN"));
        assertEquals("2.19", f.value("Device.RootDataModelVersion"));
    }

    @Test
    public void notification_attributes_survive_withdrawal_and_restart() {
        live().add(plugDefinitions(1L, false));
        f.registry.setAttributes(List.of(new AttributeChange(P + "Name", true, 2, false, List.of()))).value();
        plug.changed(P + "Name");
        assertEquals(List.of(P + "Name"), f.activeChanges);
        assertEquals("forceDefaultEnabled counts for contributed parameters", 2,
                f.registry.getAttributes(List.of(P + "Meter.Energy")).value().get(0).notification());

        live().withdraw(1L, "plug");
        f.activeChanges.clear();
        plug.changed(P + "Name");
        assertTrue("no notification for an undefined parameter", f.activeChanges.isEmpty());
        live().add(plugDefinitions(1L, false));
        assertEquals(2, f.registry.getAttributes(List.of(P + "Name")).value().get(0).notification());

        f.registry.close();
        f = start();
        live().add(plugDefinitions(1L, false));
        assertEquals("kept across a restart", 2, f.registry.getAttributes(List.of(P + "Name")).value().get(0).notification());
        plug.changed(P + "Name");
        assertEquals(List.of(P + "Name"), f.activeChanges);
    }

    @Test
    public void an_update_with_a_new_parameter_shows_it_and_keeps_the_rest() {
        live().add(plugDefinitions(1L, false));
        f.registry.setAttributes(List.of(new AttributeChange(P + "Watts", true, 1, false, List.of()))).value();
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Firmware"));
        live().withdraw(1L, "plug 1.0.0");
        live().add(plugDefinitions(1L, true));
        assertEquals("2.0", f.value(P + "Firmware"));
        assertEquals(1, f.registry.getAttributes(List.of(P + "Watts")).value().get(0).notification());
    }

    @Test
    public void a_refused_contribution_leaves_the_registry_as_it_was() {
        int before = f.registry.tree().parameterCount();
        Contribution bad = new Contribution(3L, "bad", new SchemaTree(List.of(ObjectSchema.single("Device."),
                ObjectSchema.single(P, ParamSchema.readOnly("Watts", Syntax.of("unsignedInt"))),
                ObjectSchema.single("Device.DeviceInfo.", ParamSchema.readOnly("UpTime", Syntax.of("string")))),
                List.of(new ModelInfo("X_BAD:1", "", ""))));
        assertEquals(ContributedDefinitions.Verdict.REFUSED, live().add(bad).verdict());
        assertEquals(before, f.registry.tree().parameterCount());
        assertEquals(CwmpFault.INVALID_PARAMETER_NAME, fault(P + "Watts"));
        assertEquals("100", f.value("Device.DeviceInfo.UpTime"));
    }
}
