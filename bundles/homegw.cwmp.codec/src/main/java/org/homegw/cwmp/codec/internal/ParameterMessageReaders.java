package org.homegw.cwmp.codec.internal;

import static org.homegw.cwmp.codec.internal.StructReaders.array;

import java.util.List;
import java.util.Map;

import org.homegw.cwmp.message.AddObject;
import org.homegw.cwmp.message.AddObjectResponse;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.DeleteObject;
import org.homegw.cwmp.message.DeleteObjectResponse;
import org.homegw.cwmp.message.GetParameterAttributes;
import org.homegw.cwmp.message.GetParameterAttributesResponse;
import org.homegw.cwmp.message.GetParameterNames;
import org.homegw.cwmp.message.GetParameterNamesResponse;
import org.homegw.cwmp.message.GetParameterValues;
import org.homegw.cwmp.message.GetParameterValuesResponse;
import org.homegw.cwmp.message.GetRPCMethods;
import org.homegw.cwmp.message.GetRPCMethodsResponse;
import org.homegw.cwmp.message.SetParameterAttributes;
import org.homegw.cwmp.message.SetParameterAttributesResponse;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;

/** Readers for GetRPCMethods and the parameter and object methods, requests and responses. */
final class ParameterMessageReaders {
    private ParameterMessageReaders() {
    }

    static void register(Map<String, ElementReader<CwmpMessage>> readers) {
        readers.put("GetRPCMethods", c -> {
            c.skipCurrent();
            return new GetRPCMethods();
        });
        readers.put("GetRPCMethodsResponse", c -> new GetRPCMethodsResponse(
                Fields.read(c, Map.of("MethodList", StructReaders.names())).get("MethodList", List.of())));
        readers.put("SetParameterValues", c -> {
            Fields f = Fields.read(c, Map.of("ParameterList", StructReaders.parameterValues()));
            return new SetParameterValues(f.get("ParameterList"), f.string("ParameterKey", ""));
        });
        readers.put("SetParameterValuesResponse", c -> new SetParameterValuesResponse(Fields.read(c).integer("Status")));
        readers.put("GetParameterValues", c -> new GetParameterValues(
                Fields.read(c, Map.of("ParameterNames", StructReaders.names())).get("ParameterNames")));
        readers.put("GetParameterValuesResponse", c -> new GetParameterValuesResponse(
                Fields.read(c, Map.of("ParameterList", StructReaders.parameterValues())).get("ParameterList")));
        readers.put("GetParameterNames", c -> {
            Fields f = Fields.read(c);
            return new GetParameterNames(f.trimmed("ParameterPath", ""), f.bool("NextLevel"));
        });
        readers.put("GetParameterNamesResponse", c -> new GetParameterNamesResponse(Fields.read(c,
                Map.of("ParameterList", x -> array(x, StructReaders::parameterInfo))).get("ParameterList")));
        readers.put("SetParameterAttributes", c -> new SetParameterAttributes(Fields.read(c,
                Map.of("ParameterList", x -> array(x, StructReaders::setParameterAttributes))).get("ParameterList")));
        readers.put("SetParameterAttributesResponse", c -> {
            c.skipCurrent();
            return new SetParameterAttributesResponse();
        });
        readers.put("GetParameterAttributes", c -> new GetParameterAttributes(
                Fields.read(c, Map.of("ParameterNames", StructReaders.names())).get("ParameterNames")));
        readers.put("GetParameterAttributesResponse", c -> new GetParameterAttributesResponse(Fields.read(c,
                Map.of("ParameterList", x -> array(x, StructReaders::parameterAttribute))).get("ParameterList")));
        readers.put("AddObject", c -> {
            Fields f = Fields.read(c);
            return new AddObject(f.trimmed("ObjectName"), f.string("ParameterKey", ""));
        });
        readers.put("AddObjectResponse", c -> {
            Fields f = Fields.read(c);
            return new AddObjectResponse(f.unsignedInt("InstanceNumber"), f.integer("Status"));
        });
        readers.put("DeleteObject", c -> {
            Fields f = Fields.read(c);
            return new DeleteObject(f.trimmed("ObjectName"), f.string("ParameterKey", ""));
        });
        readers.put("DeleteObjectResponse", c -> new DeleteObjectResponse(Fields.read(c).integer("Status")));
    }
}
