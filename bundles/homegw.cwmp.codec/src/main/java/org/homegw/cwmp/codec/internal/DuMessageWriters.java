package org.homegw.cwmp.codec.internal;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;

import org.homegw.cwmp.message.AutonOpResultStruct;
import org.homegw.cwmp.message.AutonomousDUStateChangeComplete;
import org.homegw.cwmp.message.AutonomousDUStateChangeCompleteResponse;
import org.homegw.cwmp.message.ChangeDUState;
import org.homegw.cwmp.message.ChangeDUStateResponse;
import org.homegw.cwmp.message.DUStateChangeComplete;
import org.homegw.cwmp.message.DUStateChangeCompleteResponse;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;

/**
 * Writers for the software-module methods of CWMP 1.2. As the schema has it, each operation is
 * its own {@code Operations} element typed with {@code xsi:type}, and each result its own
 * {@code Results} element (no SOAP array).
 */
final class DuMessageWriters {
    private DuMessageWriters() {
    }

    static void register(WriterRegistry r) {
        r.put(ChangeDUState.class, (out, m) -> {
            out.startCwmp("ChangeDUState");
            for (DuOperation op : m.operations()) {
                operation(out, op);
            }
            out.leaf("CommandKey", m.commandKey());
            out.end();
        });
        r.empty(ChangeDUStateResponse.class);
        r.put(DUStateChangeComplete.class, (out, m) -> {
            out.startCwmp("DUStateChangeComplete");
            for (OpResultStruct result : m.results()) {
                out.start("Results");
                StructWriters.opResultFields(out, result);
                out.end();
            }
            out.leaf("CommandKey", m.commandKey());
            out.end();
        });
        r.empty(DUStateChangeCompleteResponse.class);
        r.put(AutonomousDUStateChangeComplete.class, (out, m) -> {
            out.startCwmp("AutonomousDUStateChangeComplete");
            for (AutonOpResultStruct result : m.results()) {
                out.start("Results");
                StructWriters.opResultFields(out, result.result());
                out.leaf("OperationPerformed", result.operationPerformed());
                out.end();
            }
            out.end();
        });
        r.empty(AutonomousDUStateChangeCompleteResponse.class);
    }

    private static void operation(XmlOut out, DuOperation op) throws XMLStreamException {
        out.start("Operations");
        out.w.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type",
                "cwmp:" + op.getClass().getSimpleName());
        if (op instanceof InstallOpStruct) {
            InstallOpStruct i = (InstallOpStruct) op;
            out.leaf("URL", i.url());
            out.optionalLeaf("UUID", i.uuid());
            out.optionalLeaf("Username", i.username());
            out.optionalLeaf("Password", i.password());
            out.optionalLeaf("ExecutionEnvRef", i.executionEnvRef());
        } else if (op instanceof UpdateOpStruct) {
            UpdateOpStruct u = (UpdateOpStruct) op;
            out.optionalLeaf("UUID", u.uuid());
            out.optionalLeaf("Version", u.version());
            out.optionalLeaf("URL", u.url());
            out.optionalLeaf("Username", u.username());
            out.optionalLeaf("Password", u.password());
        } else {
            UninstallOpStruct u = (UninstallOpStruct) op;
            out.leaf("UUID", u.uuid());
            out.optionalLeaf("Version", u.version());
            out.optionalLeaf("ExecutionEnvRef", u.executionEnvRef());
        }
        out.end();
    }
}
