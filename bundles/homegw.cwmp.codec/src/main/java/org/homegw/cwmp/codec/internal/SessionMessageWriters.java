package org.homegw.cwmp.codec.internal;

import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FactoryReset;
import org.homegw.cwmp.message.FactoryResetResponse;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetOptions;
import org.homegw.cwmp.message.GetOptionsResponse;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.Kicked;
import org.homegw.cwmp.message.KickedResponse;
import org.homegw.cwmp.message.OptionStruct;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.RebootResponse;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.ScheduleInformResponse;
import org.homegw.cwmp.message.SetParameterValuesFault;
import org.homegw.cwmp.message.SetVouchers;
import org.homegw.cwmp.message.SetVouchersResponse;
import org.homegw.cwmp.message.UnknownMethod;

/** Writers for Inform, the device-control methods, Kicked, vouchers/options and the SOAP Fault. */
final class SessionMessageWriters {
    private SessionMessageWriters() {
    }

    static void register(WriterRegistry r) {
        r.put(Inform.class, (out, m) -> {
            out.startCwmp("Inform");
            out.start("DeviceId");
            out.leaf("Manufacturer", m.deviceId().manufacturer());
            out.leaf("OUI", m.deviceId().oui());
            out.leaf("ProductClass", m.deviceId().productClass());
            out.leaf("SerialNumber", m.deviceId().serialNumber());
            out.end();
            out.startArray("Event", "cwmp:EventStruct", m.events().size());
            for (EventStruct e : m.events()) {
                out.start("EventStruct");
                out.leaf("EventCode", e.eventCode());
                out.leaf("CommandKey", e.commandKey());
                out.end();
            }
            out.end();
            out.leaf("MaxEnvelopes", m.maxEnvelopes());
            out.leaf("CurrentTime", m.currentTime());
            out.leaf("RetryCount", m.retryCount());
            StructWriters.parameterValueList(out, m.parameterList());
            out.end();
        });
        r.put(InformResponse.class, (out, m) -> {
            out.startCwmp("InformResponse");
            out.leaf("MaxEnvelopes", m.maxEnvelopes());
            out.end();
        });
        r.put(Reboot.class, (out, m) -> {
            out.startCwmp("Reboot");
            out.leaf("CommandKey", m.commandKey());
            out.end();
        });
        r.empty(RebootResponse.class);
        r.empty(FactoryReset.class);
        r.empty(FactoryResetResponse.class);
        r.put(ScheduleInform.class, (out, m) -> {
            out.startCwmp("ScheduleInform");
            out.leaf("DelaySeconds", m.delaySeconds());
            out.leaf("CommandKey", m.commandKey());
            out.end();
        });
        r.empty(ScheduleInformResponse.class);
        r.put(Kicked.class, (out, m) -> {
            out.startCwmp("Kicked");
            out.leaf("Command", m.command());
            out.leaf("Referer", m.referer());
            out.leaf("Arg", m.arg());
            out.leaf("Next", m.next());
            out.end();
        });
        r.put(KickedResponse.class, (out, m) -> {
            out.startCwmp("KickedResponse");
            out.leaf("NextURL", m.nextUrl());
            out.end();
        });
        r.put(SetVouchers.class, (out, m) -> {
            out.startCwmp("SetVouchers");
            out.startArray("VoucherList", "SOAP-ENC:base64", m.voucherList().size());
            for (String voucher : m.voucherList()) {
                out.leaf("base64", voucher);
            }
            out.end();
            out.end();
        });
        r.empty(SetVouchersResponse.class);
        r.put(GetOptions.class, (out, m) -> {
            out.startCwmp("GetOptions");
            out.leaf("OptionName", m.optionName());
            out.end();
        });
        r.put(GetOptionsResponse.class, (out, m) -> {
            out.startCwmp("GetOptionsResponse");
            out.startArray("OptionList", "cwmp:OptionStruct", m.optionList().size());
            for (OptionStruct o : m.optionList()) {
                out.start("OptionStruct");
                out.leaf("OptionName", o.optionName());
                out.leaf("VoucherSN", o.voucherSN());
                out.leaf("State", o.state());
                out.leaf("Mode", o.mode());
                out.leaf("StartDate", o.startDate());
                out.optionalLeaf("ExpirationDate", o.expirationDate());
                out.leaf("IsTransferable", o.isTransferable());
                out.end();
            }
            out.end();
            out.end();
        });
        r.put(FaultMessage.class, SessionMessageWriters::fault);
        // vendor methods are not in the schemas: their element name with the argument tree, unqualified
        r.put(UnknownMethod.class, (out, m) -> vendor(out, m.methodName(), m.arguments()));
        r.put(org.homegw.cwmp.message.VendorResponse.class, (out, m) -> vendor(out, m.methodName(), m.arguments()));
    }

    private static void vendor(XmlOut out, String name, java.util.List<org.homegw.cwmp.message.VendorArgument> args)
            throws javax.xml.stream.XMLStreamException {
        if (args.isEmpty()) {
            out.emptyCwmp(name);
            return;
        }
        out.startCwmp(name);
        for (org.homegw.cwmp.message.VendorArgument a : args) {
            argument(out, a);
        }
        out.end();
    }

    private static void argument(XmlOut out, org.homegw.cwmp.message.VendorArgument a)
            throws javax.xml.stream.XMLStreamException {
        if (a.children().isEmpty()) {
            out.leaf(a.name(), a.value());
            return;
        }
        out.start(a.name());
        for (org.homegw.cwmp.message.VendorArgument child : a.children()) {
            argument(out, child);
        }
        out.end();
    }

    private static void fault(XmlOut out, FaultMessage m) throws javax.xml.stream.XMLStreamException {
        out.w.writeStartElement(XmlOut.ENV, "Fault", XmlOut.SOAP_ENV);
        out.leaf("faultcode", XmlOut.ENV + ":" + m.soapFaultCode());
        out.leaf("faultstring", m.soapFaultString());
        out.start("detail");
        out.startCwmp("Fault");
        out.leaf("FaultCode", m.faultCode());
        out.leaf("FaultString", m.faultString());
        for (SetParameterValuesFault f : m.setParameterValuesFaults()) {
            out.start("SetParameterValuesFault");
            out.leaf("ParameterName", f.parameterName());
            out.leaf("FaultCode", f.faultCode());
            out.leaf("FaultString", f.faultString());
            out.end();
        }
        out.end();
        out.end();
        out.end();
    }
}
