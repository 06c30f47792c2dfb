package org.homegw.datamodel.internal.schema;

/**
 * One loaded data model as Device.DeviceInfo.SupportedDataModel.{i}. lists it: name such as
 * "Device:2.19", the URN of its definition document, and the path it is mounted on ("" for a root model).
 */
public record ModelInfo(String name, String urn, String mountPath) {
}
