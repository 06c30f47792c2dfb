package org.homegw.cwmp.codec.internal;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.ParameterValueStruct;

/** Writers for structures shared by several messages; element order follows the schemas. */
final class StructWriters {
    private StructWriters() {
    }

    static void parameterValueList(XmlOut out, List<ParameterValueStruct> values) throws XMLStreamException {
        out.startArray("ParameterList", "cwmp:ParameterValueStruct", values.size());
        for (ParameterValueStruct v : values) {
            parameterValue(out, v.name(), v.value(), v.type());
        }
        out.end();
    }

    static void parameterValue(XmlOut out, String name, String value, String type) throws XMLStreamException {
        out.start("ParameterValueStruct");
        out.leaf("Name", name);
        out.value(value, type);
        out.end();
    }

    static void fault(XmlOut out, String element, FaultStruct fault) throws XMLStreamException {
        out.start(element);
        out.leaf("FaultCode", fault.faultCode());
        out.leaf("FaultString", fault.faultString());
        out.end();
    }

    /** The fields of OpResultStruct (shared with AutonOpResultStruct, which appends one more). */
    static void opResultFields(XmlOut out, OpResultStruct r) throws XMLStreamException {
        out.leaf("UUID", r.uuid());
        out.leaf("DeploymentUnitRef", r.deploymentUnitRef());
        out.leaf("Version", r.version());
        out.leaf("CurrentState", r.currentState());
        out.leaf("Resolved", r.resolved());
        out.leaf("ExecutionUnitRefList", r.executionUnitRefList());
        out.leaf("StartTime", r.startTime());
        out.leaf("CompleteTime", r.completeTime());
        fault(out, "Fault", r.fault());
    }
}
