package org.homegw.datamodel.internal.schema;

/**
 * One loaded data model as Device.DeviceInfo.SupportedDataModel.{i}. lists it: name such as
 * "Device:2.19", its URN, the URL of the definition file, and the path it is mounted on.
 */
public record ModelInfo(String name, String urn, String url, String mountPath, String features) {
}
