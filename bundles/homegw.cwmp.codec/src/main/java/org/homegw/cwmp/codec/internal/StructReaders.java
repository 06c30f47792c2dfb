package org.homegw.cwmp.codec.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.message.AllQueuedTransferStruct;
import org.homegw.cwmp.message.ArgStruct;
import org.homegw.cwmp.message.AutonOpResultStruct;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.DuOperation;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultStruct;
import org.homegw.cwmp.message.InstallOpStruct;
import org.homegw.cwmp.message.OpResultStruct;
import org.homegw.cwmp.message.OptionStruct;
import org.homegw.cwmp.message.ParameterAttributeStruct;
import org.homegw.cwmp.message.ParameterInfoStruct;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.cwmp.message.QueuedTransferStruct;
import org.homegw.cwmp.message.SetParameterAttributesStruct;
import org.homegw.cwmp.message.TimeWindowStruct;
import org.homegw.cwmp.message.UninstallOpStruct;
import org.homegw.cwmp.message.UpdateOpStruct;

/**
 * Readers for the CWMP structures. Arrays are read leniently: every child element is an item,
 * whatever its name, and {@code SOAP-ENC:arrayType} is neither required nor trusted.
 */
final class StructReaders {
    private StructReaders() {
    }

    /** Reads a SOAP-encoded array: each child element is one item. */
    static <T> List<T> array(XmlCursor c, ElementReader<T> item) throws XMLStreamException, DecodeException {
        List<T> items = new ArrayList<>();
        int depth = c.depth();
        while (c.nextChild(depth)) {
            items.add(item.read(c));
        }
        return items;
    }

    static ElementReader<List<String>> strings() {
        return c -> array(c, XmlCursor::text);
    }

    /** Parameter names and paths: surrounding blanks removed. */
    static ElementReader<List<String>> names() {
        return c -> array(c, x -> x.text().trim());
    }

    static ElementReader<List<ParameterValueStruct>> parameterValues() {
        return c -> array(c, StructReaders::parameterValue);
    }

    /** Hot path (thousands per message): read by hand rather than through {@link Fields}. */
    static ParameterValueStruct parameterValue(XmlCursor c) throws XMLStreamException, DecodeException {
        String name = null;
        String value = null;
        String type = ParameterValueStruct.UNTYPED;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            String child = c.name();
            if (child.equals("Name")) {
                name = c.text().trim();
            } else if (child.equals("Value")) {
                type = Values.typeName(c.attribute("type"));
                value = c.text();
            } else {
                c.skipCurrent();
            }
        }
        if (name == null || value == null) {
            throw c.invalid("ParameterValueStruct without " + (name == null ? "Name" : "Value"));
        }
        return new ParameterValueStruct(name, value, type);
    }

    static DeviceIdStruct deviceId(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new DeviceIdStruct(f.trimmed("Manufacturer", ""), f.trimmed("OUI"), f.trimmed("ProductClass", ""),
                f.trimmed("SerialNumber"));
    }

    static EventStruct event(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new EventStruct(f.trimmed("EventCode"), f.string("CommandKey", ""));
    }

    static ParameterInfoStruct parameterInfo(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new ParameterInfoStruct(f.trimmed("Name"), f.bool("Writable"));
    }

    static SetParameterAttributesStruct setParameterAttributes(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c, Map.of("AccessList", strings()));
        return new SetParameterAttributesStruct(f.trimmed("Name"), f.bool("NotificationChange", false),
                f.integer("Notification", 0), f.bool("AccessListChange", false), f.get("AccessList", List.of()));
    }

    static ParameterAttributeStruct parameterAttribute(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c, Map.of("AccessList", strings()));
        return new ParameterAttributeStruct(f.trimmed("Name"), f.integer("Notification"), f.get("AccessList", List.of()));
    }

    static TimeWindowStruct timeWindow(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new TimeWindowStruct(f.unsignedInt("WindowStart"), f.unsignedInt("WindowEnd"), f.trimmed("WindowMode"),
                f.string("UserMessage", ""), f.integer("MaxRetries", -1));
    }

    static QueuedTransferStruct queuedTransfer(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new QueuedTransferStruct(f.string("CommandKey", ""), f.integer("State"));
    }

    static AllQueuedTransferStruct allQueuedTransfer(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new AllQueuedTransferStruct(f.string("CommandKey", ""), f.integer("State"), f.bool("IsDownload"),
                f.trimmed("FileType"), f.unsignedInt("FileSize", 0), f.string("TargetFileName", ""));
    }

    static FaultStruct fault(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new FaultStruct((int) f.unsignedInt("FaultCode"), f.string("FaultString", ""));
    }

    static ArgStruct arg(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new ArgStruct(f.trimmed("Name"), f.string("Value", ""));
    }

    static OptionStruct option(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new OptionStruct(f.string("OptionName"), f.unsignedInt("VoucherSN", 0), f.unsignedInt("State", 0),
                f.integer("Mode", 0), f.trimmed("StartDate", ""), f.optional("ExpirationDate"),
                f.integer("IsTransferable", 0));
    }

    /**
     * One {@code Operations} element of ChangeDUState. The schema sends one element per
     * operation with {@code xsi:type}; some ACSs wrap the operations in one array element whose
     * children are named after their struct. Both are read.
     */
    static List<DuOperation> operations(XmlCursor c) throws XMLStreamException, DecodeException {
        String type = Values.typeName(c.attribute("type"));
        ElementReader<DuOperation> byName = StructReaders::namedOperation;
        Fields f = Fields.read(c, Map.of("InstallOpStruct", byName, "UpdateOpStruct", byName,
                "UninstallOpStruct", byName, "OperationStruct", byName));
        List<DuOperation> wrapped = new ArrayList<>();
        for (String name : List.of("InstallOpStruct", "UpdateOpStruct", "UninstallOpStruct", "OperationStruct")) {
            wrapped.addAll(f.<DuOperation>all(name));
        }
        if (!wrapped.isEmpty()) {
            return wrapped;
        }
        return List.of(operation(c, type, f));
    }

    private static DuOperation namedOperation(XmlCursor c) throws XMLStreamException, DecodeException {
        String type = Values.typeName(c.attribute("type"));
        String name = c.name();
        return operation(c, type.isEmpty() ? name : type, Fields.read(c));
    }

    private static DuOperation operation(XmlCursor c, String type, Fields f) throws DecodeException {
        switch (type) {
            case "InstallOpStruct":
                return new InstallOpStruct(f.trimmed("URL"), f.optional("UUID"), f.optional("Username"),
                        f.optional("Password"), f.optional("ExecutionEnvRef"));
            case "UpdateOpStruct":
                return new UpdateOpStruct(f.optional("UUID"), f.optional("Version"), f.optional("URL"),
                        f.optional("Username"), f.optional("Password"));
            case "UninstallOpStruct":
                return new UninstallOpStruct(f.trimmed("UUID"), f.optional("Version"), f.optional("ExecutionEnvRef"));
            default:
                throw c.invalid("ChangeDUState operation of unknown type '" + type + "'");
        }
    }

    /** One {@code Results} element: a result struct, or (lenient) an array of them. */
    static List<OpResultStruct> opResults(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c, Map.of("Fault", StructReaders::fault, "OpResultStruct", StructReaders::opResult));
        List<OpResultStruct> wrapped = f.all("OpResultStruct");
        return wrapped.isEmpty() ? List.of(opResult(f)) : wrapped;
    }

    /** One {@code Results} element of the autonomous variant: a struct or an array of them. */
    static List<AutonOpResultStruct> autonOpResults(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c, Map.of("Fault", StructReaders::fault,
                "AutonOpResultStruct", StructReaders::autonOpResult));
        List<AutonOpResultStruct> wrapped = f.all("AutonOpResultStruct");
        return wrapped.isEmpty() ? List.of(new AutonOpResultStruct(opResult(f), f.trimmed("OperationPerformed")))
                : wrapped;
    }

    private static OpResultStruct opResult(XmlCursor c) throws XMLStreamException, DecodeException {
        return opResult(Fields.read(c, Map.of("Fault", StructReaders::fault)));
    }

    private static AutonOpResultStruct autonOpResult(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c, Map.of("Fault", StructReaders::fault));
        return new AutonOpResultStruct(opResult(f), f.trimmed("OperationPerformed"));
    }

    private static OpResultStruct opResult(Fields f) throws DecodeException {
        return new OpResultStruct(f.trimmed("UUID", ""), f.string("DeploymentUnitRef", ""), f.string("Version", ""),
                f.trimmed("CurrentState"), f.bool("Resolved", false), f.string("ExecutionUnitRefList", ""),
                f.trimmed("StartTime", ""), f.trimmed("CompleteTime", ""), f.get("Fault", FaultStruct.NONE));
    }
}
