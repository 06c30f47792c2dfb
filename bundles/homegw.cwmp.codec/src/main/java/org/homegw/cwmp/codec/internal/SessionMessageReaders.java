package org.homegw.cwmp.codec.internal;

import static org.homegw.cwmp.codec.internal.StructReaders.array;

import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.homegw.cwmp.codec.DecodeException;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.FactoryReset;
import org.homegw.cwmp.message.FactoryResetResponse;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.GetOptions;
import org.homegw.cwmp.message.GetOptionsResponse;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.InformResponse;
import org.homegw.cwmp.message.Kicked;
import org.homegw.cwmp.message.KickedResponse;
import org.homegw.cwmp.message.Reboot;
import org.homegw.cwmp.message.RebootResponse;
import org.homegw.cwmp.message.ScheduleInform;
import org.homegw.cwmp.message.ScheduleInformResponse;
import org.homegw.cwmp.message.SetParameterValuesFault;
import org.homegw.cwmp.message.SetVouchers;
import org.homegw.cwmp.message.SetVouchersResponse;

/** Readers for Inform, the device-control methods, Kicked, vouchers/options and the SOAP Fault. */
final class SessionMessageReaders {
    private SessionMessageReaders() {
    }

    static void register(Map<String, ElementReader<CwmpMessage>> readers) {
        readers.put("Inform", c -> {
            Fields f = Fields.read(c, Map.of("DeviceId", StructReaders::deviceId,
                    "Event", x -> array(x, StructReaders::event),
                    "ParameterList", StructReaders.parameterValues()));
            return new Inform(f.get("DeviceId"), f.get("Event", List.of()), f.unsignedInt("MaxEnvelopes", 1),
                    f.trimmed("CurrentTime", ""), f.unsignedInt("RetryCount", 0), f.get("ParameterList", List.of()));
        });
        readers.put("InformResponse", c -> new InformResponse(Fields.read(c).unsignedInt("MaxEnvelopes", 1)));
        readers.put("Reboot", c -> new Reboot(Fields.read(c).string("CommandKey", "")));
        readers.put("RebootResponse", c -> {
            c.skipCurrent();
            return new RebootResponse();
        });
        readers.put("FactoryReset", c -> {
            c.skipCurrent();
            return new FactoryReset();
        });
        readers.put("FactoryResetResponse", c -> {
            c.skipCurrent();
            return new FactoryResetResponse();
        });
        readers.put("ScheduleInform", c -> {
            Fields f = Fields.read(c);
            return new ScheduleInform(f.unsignedInt("DelaySeconds"), f.string("CommandKey", ""));
        });
        readers.put("ScheduleInformResponse", c -> {
            c.skipCurrent();
            return new ScheduleInformResponse();
        });
        readers.put("Kicked", c -> {
            Fields f = Fields.read(c);
            return new Kicked(f.string("Command", ""), f.string("Referer", ""), f.string("Arg", ""),
                    f.trimmed("Next", ""));
        });
        readers.put("KickedResponse", c -> new KickedResponse(Fields.read(c).trimmed("NextURL", "")));
        readers.put("SetVouchers", c -> new SetVouchers(
                Fields.read(c, Map.of("VoucherList", StructReaders.names())).get("VoucherList")));
        readers.put("SetVouchersResponse", c -> {
            c.skipCurrent();
            return new SetVouchersResponse();
        });
        readers.put("GetOptions", c -> new GetOptions(Fields.read(c).string("OptionName", "")));
        readers.put("GetOptionsResponse", c -> new GetOptionsResponse(Fields.read(c,
                Map.of("OptionList", x -> array(x, StructReaders::option))).get("OptionList", List.of())));
        readers.put("Fault", SessionMessageReaders::fault);
    }

    /** A SOAP Fault; its CWMP detail is {@code detail/Fault} (faultCode 0 when missing). */
    private static FaultMessage fault(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields soap = Fields.read(c, Map.of("detail", SessionMessageReaders::detail));
        String code = soap.trimmed("faultcode", "");
        FaultMessage cwmp = soap.get("detail", null);
        return new FaultMessage(code.substring(code.indexOf(':') + 1), soap.string("faultstring", ""),
                cwmp == null ? 0 : cwmp.faultCode(), cwmp == null ? "" : cwmp.faultString(),
                cwmp == null ? List.of() : cwmp.setParameterValuesFaults());
    }

    private static FaultMessage detail(XmlCursor c) throws XMLStreamException, DecodeException {
        FaultMessage found = null;
        int depth = c.depth();
        while (c.nextChild(depth)) {
            if (found == null && c.name().equals("Fault")) {
                Fields f = Fields.read(c, Map.of("SetParameterValuesFault", SessionMessageReaders::parameterFault));
                found = new FaultMessage("", "", (int) f.unsignedInt("FaultCode"), f.string("FaultString", ""),
                        f.all("SetParameterValuesFault"));
            } else {
                c.skipCurrent();
            }
        }
        return found;
    }

    private static SetParameterValuesFault parameterFault(XmlCursor c) throws XMLStreamException, DecodeException {
        Fields f = Fields.read(c);
        return new SetParameterValuesFault(f.trimmed("ParameterName"), (int) f.unsignedInt("FaultCode"),
                f.string("FaultString", ""));
    }
}
