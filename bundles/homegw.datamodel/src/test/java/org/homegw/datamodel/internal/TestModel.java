package org.homegw.datamodel.internal;

import java.math.BigDecimal;
import java.util.List;

import org.homegw.datamodel.internal.schema.ActiveNotify;
import org.homegw.datamodel.internal.schema.ListFacet;
import org.homegw.datamodel.internal.schema.ModelInfo;
import org.homegw.datamodel.internal.schema.ObjectSchema;
import org.homegw.datamodel.internal.schema.ParamSchema;
import org.homegw.datamodel.internal.schema.Range;
import org.homegw.datamodel.internal.schema.SchemaTree;
import org.homegw.datamodel.internal.schema.Size;
import org.homegw.datamodel.internal.schema.Status;
import org.homegw.datamodel.internal.schema.Syntax;

/** A small Device:2 definitions set built in code, with one example of every rule the registry enforces. */
public final class TestModel {

    private TestModel() {
    }

    static Syntax str(long max) {
        return Syntax.of("string").withSizes(new Size(null, max));
    }

    static Syntax uint(long min, Long max) {
        return Syntax.of("unsignedInt").withRanges(range(min, max, null));
    }

    static Range range(Number min, Number max, Number step) {
        return new Range(min == null ? null : new BigDecimal(min.toString()),
                max == null ? null : new BigDecimal(max.toString()), step == null ? null : new BigDecimal(step.toString()));
    }

    static ObjectSchema readOnlyTable(ObjectSchema t) {
        return new ObjectSchema(t.path(), false, t.minEntries(), t.maxEntries(), t.uniqueKeys(), t.status(), t.params());
    }

    public static SchemaTree tree() {
        Syntax bool = Syntax.of("boolean");
        return new SchemaTree(List.of(
                ObjectSchema.single("Device.", ParamSchema.readOnly("RootDataModelVersion", str(32)).withForcedInform()),
                ObjectSchema.single("Device.DeviceInfo.",
                        ParamSchema.readOnly("Manufacturer", str(64)),
                        ParamSchema.readOnly("ManufacturerOUI", str(6)),
                        ParamSchema.readOnly("SerialNumber", str(64)),
                        ParamSchema.readOnly("SoftwareVersion", str(64)).withForcedInform()
                                .withActiveNotify(ActiveNotify.FORCE_ENABLED),
                        ParamSchema.readWrite("ProvisioningCode", str(64)).withForcedInform()
                                .withActiveNotify(ActiveNotify.FORCE_ENABLED),
                        ParamSchema.readOnly("UpTime", Syntax.of("unsignedInt")).withActiveNotify(ActiveNotify.CAN_DENY)),
                readOnlyTable(ObjectSchema.table("Device.DeviceInfo.SupportedDataModel.{i}.", null, List.of(),
                        ParamSchema.readOnly("Alias", str(64)), ParamSchema.readOnly("URL", str(256)),
                        ParamSchema.readOnly("UUID", str(36)), ParamSchema.readOnly("URN", str(256)),
                        ParamSchema.readOnly("Features", Syntax.of("string").withList(ListFacet.unbounded())))),
                ObjectSchema.single("Device.ManagementServer.",
                        ParamSchema.readWrite("EnableCWMP", bool).withFactoryDefault("true"),
                        ParamSchema.readWrite("URL", str(256)),
                        ParamSchema.readWrite("Username", str(256)),
                        ParamSchema.readWrite("Password", str(256)).asSecured(),
                        ParamSchema.readWrite("PeriodicInformEnable", bool),
                        ParamSchema.readWrite("PeriodicInformInterval", uint(1, null)),
                        ParamSchema.readWrite("PeriodicInformTime", Syntax.of("dateTime")),
                        ParamSchema.readWrite("STUNServerAddress", str(256)),
                        ParamSchema.readOnly("InstanceWildcardsSupported", Syntax.of("boolean")),
                        ParamSchema.readOnly("AliasBasedAddressing", Syntax.of("boolean")),
                        ParamSchema.readOnly("ParameterKey", str(32)).withForcedInform()
                                .withActiveNotify(ActiveNotify.CAN_DENY),
                        ParamSchema.readOnly("ConnectionRequestURL", str(256)).withForcedInform()
                                .withActiveNotify(ActiveNotify.FORCE_DEFAULT_ENABLED),
                        ParamSchema.readWrite("ConnectionRequestUsername", str(256)),
                        ParamSchema.readWrite("ConnectionRequestPassword", str(256)).asSecured(),
                        ParamSchema.readWrite("CWMPRetryMinimumWaitInterval", uint(1, 65535L)),
                        ParamSchema.readWrite("CWMPRetryIntervalMultiplier", uint(1000, 65535L)),
                        ParamSchema.readWrite("HTTPConnectionRequestEnable", bool).withFactoryDefault("true"),
                        ParamSchema.readOnly("InformParameterNumberOfEntries", Syntax.of("unsignedInt"))),
                ObjectSchema.table("Device.ManagementServer.InformParameter.{i}.", null, List.of(List.of("Alias")),
                        ParamSchema.readWrite("Enable", bool).withObjectDefault("false"),
                        ParamSchema.readWrite("Alias", str(64).withNamedType("_AliasCWMP")),
                        ParamSchema.readWrite("ParameterName", str(256)).withObjectDefault(""),
                        ParamSchema.readWrite("EventList", Syntax.of("string").withList(ListFacet.unbounded()))),
                ObjectSchema.single("Device.NAT.",
                        ParamSchema.readOnly("PortMappingNumberOfEntries", Syntax.of("unsignedInt"))),
                ObjectSchema.table("Device.NAT.PortMapping.{i}.", 3L,
                        List.of(List.of("Alias"), List.of("ExternalPort", "Protocol")),
                        ParamSchema.readWrite("Enable", bool),
                        ParamSchema.readWrite("Alias", str(64)),
                        ParamSchema.readWrite("ExternalPort", uint(0, 65535L)),
                        ParamSchema.readWrite("Protocol", Syntax.of("string").withEnumerations("TCP", "UDP")),
                        ParamSchema.readWrite("Description", str(64))),
                ObjectSchema.single("Device.X_TEST.",
                        ParamSchema.readWrite("Int", Syntax.of("int").withRanges(range(-10, 10, 2))),
                        ParamSchema.readWrite("Long", Syntax.of("long")),
                        ParamSchema.readWrite("ULong", Syntax.of("unsignedLong")),
                        ParamSchema.readWrite("Decimal", Syntax.of("decimal").withRanges(range(0.5, 9.5, null))),
                        ParamSchema.readWrite("Bin", Syntax.of("base64").withSizes(new Size(0L, 4L))),
                        ParamSchema.readWrite("Hex", Syntax.of("hexBinary").withSizes(new Size(0L, 2L))),
                        ParamSchema.readWrite("When", Syntax.of("dateTime")),
                        ParamSchema.readWrite("Flag", Syntax.of("boolean")),
                        ParamSchema.readWrite("Text", Syntax.of("string").withSizes(new Size(2L, 8L))),
                        ParamSchema.readWrite("MAC", Syntax.of("string").withNamedType("MACAddress")
                                .withPatterns("", "([0-9A-Fa-f][0-9A-Fa-f]:){5}([0-9A-Fa-f][0-9A-Fa-f])")),
                        ParamSchema.readWrite("Tags", Syntax.of("string").withEnumerations("a", "b", "c")
                                .withSizes(new Size(null, 5L)).withList(new ListFacet(1, 2, List.of()))),
                        ParamSchema.readWrite("Ports", Syntax.of("unsignedInt").withRanges(range(1, 100, null))
                                .withList(new ListFacet(0, null, List.of()))),
                        ParamSchema.readWrite("Diag", Syntax.of("string").withNamedType("DiagnosticsState")
                                .withEnumerations("None", "Requested", "Complete").withCpeOnlyValues("None", "Complete")),
                        ParamSchema.readOnly("Counter", Syntax.of("unsignedLong")),
                        new ParamSchema("Hidden", str(16), true, null, null, false, ActiveNotify.NORMAL,
                                Status.CURRENT, true, false),
                        ParamSchema.readWrite("Gone", str(16)).withStatus(Status.DELETED))),
                List.of(new ModelInfo("Device:2.19", "urn:broadband-forum-org:tr-181-2-19-1-cwmp", "")));
    }
}
