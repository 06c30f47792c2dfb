package org.homegw.cwmp.client.internal.rpc;

import org.homegw.cwmp.message.CwmpMessage;

/** The CPE's answer to one ACS request: a message (response or fault), or a streamed value list. */
public sealed interface RpcAnswer {

    record Message(CwmpMessage message) implements RpcAnswer {
    }

    record Streamed(StreamedValues values) implements RpcAnswer {
    }

    /** The method name of the answer as logged, e.g. "GetParameterValuesResponse" or "Fault 9005". */
    default String describe() {
        if (this instanceof Message m) {
            return m.message() instanceof org.homegw.cwmp.message.FaultMessage f
                    ? "Fault " + f.faultCode() + " (" + f.faultString() + ")"
                    : m.message().methodName();
        }
        return "GetParameterValuesResponse (streamed, " + ((Streamed) this).values().paths().size() + " paths)";
    }
}
