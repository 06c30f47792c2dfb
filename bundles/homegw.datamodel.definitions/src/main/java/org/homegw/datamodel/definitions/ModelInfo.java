package org.homegw.datamodel.definitions;

/**
 * One BBF model contained in a {@link DataModelDefinitions}: the root model, or a service model
 * mounted into it. This is what {@code Device.DeviceInfo.SupportedDataModel.{i}.} reports.
 *
 * @param name       model name and version, e.g. {@code Device:2.19} or {@code VoiceService:2.0}
 * @param spec       the document's {@code spec} URN, e.g. {@code urn:broadband-forum-org:tr-104-2-0-2-cwmp},
 *                   or empty when unknown
 * @param service    true for a service model ({@code isService="true"})
 * @param mountPoint the object the model's top-level objects live under ({@code Device.Services.});
 *                   empty for a root model or an unmounted service model
 * @param base       for a vendor model ({@code <model base=...>}), the standard model it extends, directly
 *                   or through other vendor models, e.g. {@code Device:2.19}; empty for a standard model
 */
public record ModelInfo(String name, String spec, boolean service, String mountPoint, String base) {

    public ModelInfo {
        base = base == null ? "" : base;
    }

    /** A model that extends none. */
    public ModelInfo(String name, String spec, boolean service, String mountPoint) {
        this(name, spec, service, mountPoint, "");
    }

    /** The standard model this one is or extends, e.g. {@code Device:2.19} for a vendor model based on it. */
    public String standardName() {
        return base.isEmpty() ? name : base;
    }

    /** The major version, e.g. {@code Device:2} for {@code Device:2.19}. */
    public String majorName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
