package org.homegw.cwmp.codec.internal;

import org.homegw.cwmp.message.AddObject;
import org.homegw.cwmp.message.AddObjectResponse;
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
import org.homegw.cwmp.message.ParameterAttributeStruct;
import org.homegw.cwmp.message.ParameterInfoStruct;
import org.homegw.cwmp.message.SetParameterAttributes;
import org.homegw.cwmp.message.SetParameterAttributesResponse;
import org.homegw.cwmp.message.SetParameterAttributesStruct;
import org.homegw.cwmp.message.SetParameterValues;
import org.homegw.cwmp.message.SetParameterValuesResponse;

/** Writers for GetRPCMethods and the parameter and object methods, requests and responses. */
final class ParameterMessageWriters {
    private ParameterMessageWriters() {
    }

    static void register(WriterRegistry r) {
        r.empty(GetRPCMethods.class);
        r.put(GetRPCMethodsResponse.class, (out, m) -> {
            out.startCwmp("GetRPCMethodsResponse");
            out.stringArray("MethodList", m.methodList());
            out.end();
        });
        r.put(SetParameterValues.class, (out, m) -> {
            out.startCwmp("SetParameterValues");
            StructWriters.parameterValueList(out, m.parameterList());
            out.leaf("ParameterKey", m.parameterKey());
            out.end();
        });
        r.put(SetParameterValuesResponse.class, (out, m) -> {
            out.startCwmp("SetParameterValuesResponse");
            out.leaf("Status", m.status());
            out.end();
        });
        r.put(GetParameterValues.class, (out, m) -> {
            out.startCwmp("GetParameterValues");
            out.stringArray("ParameterNames", m.parameterNames());
            out.end();
        });
        r.put(GetParameterValuesResponse.class, (out, m) -> {
            out.startCwmp("GetParameterValuesResponse");
            StructWriters.parameterValueList(out, m.parameterList());
            out.end();
        });
        r.put(GetParameterNames.class, (out, m) -> {
            out.startCwmp("GetParameterNames");
            out.leaf("ParameterPath", m.parameterPath());
            out.leaf("NextLevel", m.nextLevel());
            out.end();
        });
        r.put(GetParameterNamesResponse.class, (out, m) -> {
            out.startCwmp("GetParameterNamesResponse");
            out.startArray("ParameterList", "cwmp:ParameterInfoStruct", m.parameterList().size());
            for (ParameterInfoStruct p : m.parameterList()) {
                out.start("ParameterInfoStruct");
                out.leaf("Name", p.name());
                out.leaf("Writable", p.writable());
                out.end();
            }
            out.end();
            out.end();
        });
        r.put(SetParameterAttributes.class, (out, m) -> {
            out.startCwmp("SetParameterAttributes");
            out.startArray("ParameterList", "cwmp:SetParameterAttributesStruct", m.parameterList().size());
            for (SetParameterAttributesStruct p : m.parameterList()) {
                out.start("SetParameterAttributesStruct");
                out.leaf("Name", p.name());
                out.leaf("NotificationChange", p.notificationChange());
                out.leaf("Notification", p.notification());
                out.leaf("AccessListChange", p.accessListChange());
                out.stringArray("AccessList", p.accessList());
                out.end();
            }
            out.end();
            out.end();
        });
        r.empty(SetParameterAttributesResponse.class);
        r.put(GetParameterAttributes.class, (out, m) -> {
            out.startCwmp("GetParameterAttributes");
            out.stringArray("ParameterNames", m.parameterNames());
            out.end();
        });
        r.put(GetParameterAttributesResponse.class, (out, m) -> {
            out.startCwmp("GetParameterAttributesResponse");
            out.startArray("ParameterList", "cwmp:ParameterAttributeStruct", m.parameterList().size());
            for (ParameterAttributeStruct p : m.parameterList()) {
                out.start("ParameterAttributeStruct");
                out.leaf("Name", p.name());
                out.leaf("Notification", p.notification());
                out.stringArray("AccessList", p.accessList());
                out.end();
            }
            out.end();
            out.end();
        });
        r.put(AddObject.class, (out, m) -> {
            out.startCwmp("AddObject");
            out.leaf("ObjectName", m.objectName());
            out.leaf("ParameterKey", m.parameterKey());
            out.end();
        });
        r.put(AddObjectResponse.class, (out, m) -> {
            out.startCwmp("AddObjectResponse");
            out.leaf("InstanceNumber", m.instanceNumber());
            out.leaf("Status", m.status());
            out.end();
        });
        r.put(DeleteObject.class, (out, m) -> {
            out.startCwmp("DeleteObject");
            out.leaf("ObjectName", m.objectName());
            out.leaf("ParameterKey", m.parameterKey());
            out.end();
        });
        r.put(DeleteObjectResponse.class, (out, m) -> {
            out.startCwmp("DeleteObjectResponse");
            out.leaf("Status", m.status());
            out.end();
        });
    }
}
