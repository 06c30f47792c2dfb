package org.homegw.labacs;

import java.time.Instant;
import java.util.Optional;
import org.homegw.cwmp.message.CwmpHeader;
import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.homegw.cwmp.message.CwmpVersion;
import org.homegw.cwmp.message.DeviceIdStruct;
import org.homegw.cwmp.message.EventStruct;
import org.homegw.cwmp.message.FaultMessage;
import org.homegw.cwmp.message.Inform;
import org.homegw.cwmp.message.ParameterValueStruct;
import org.homegw.labacs.fault.FaultAction;

/**
 * One thing the lab ACS saw or did, in the order it happened ({@link #seq()} grows by one per entry
 * across all devices). {@link #device()} is null when the device was not known.
 */
public sealed interface LogEntry {

    long seq();

    Instant time();

    DeviceIdStruct device();

    /** A CPE opened a session with this Inform; {@code version} is the CWMP version chosen for the session. */
    record InformReceived(long seq, Instant time, DeviceIdStruct device, String sessionId, CwmpVersion version,
                          CwmpHeader header, Inform inform) implements LogEntry {

        /** Whether the Inform carries an event with this code, e.g. {@code "1 BOOT"}. */
        public boolean hasEvent(String eventCode) {
            return inform.events().stream().anyMatch(e -> e.eventCode().equals(eventCode));
        }

        /** The CommandKey of the first event with this code. */
        public Optional<String> commandKey(String eventCode) {
            return inform.events().stream().filter(e -> e.eventCode().equals(eventCode))
                    .map(EventStruct::commandKey).findFirst();
        }

        /** The value of the Inform parameter whose name is or ends with {@code name}. */
        public Optional<String> parameter(String name) {
            return inform.parameterList().stream()
                    .filter(p -> p.name().equals(name) || p.name().endsWith("." + name))
                    .map(ParameterValueStruct::value).findFirst();
        }
    }

    /** The ACS sent one of its queued requests. */
    record RpcSent(long seq, Instant time, DeviceIdStruct device, String sessionId, long rpcId, String cwmpId,
                   CwmpRequest request, boolean holdRequests) implements LogEntry {
    }

    /** The CPE answered an ACS request with a response or a {@link FaultMessage}. */
    record RpcAnswered(long seq, Instant time, DeviceIdStruct device, String sessionId, long rpcId, String cwmpId,
                       CwmpRequest request, CwmpMessage answer) implements LogEntry {
    }

    /** An ACS request got no answer (session timed out, CPE ended the session, version does not define it). */
    record RpcFailed(long seq, Instant time, DeviceIdStruct device, String sessionId, long rpcId,
                     CwmpRequest request, String reason) implements LogEntry {
    }

    /** The CPE sent a request of its own (TransferComplete, GetRPCMethods, …) and got this answer. */
    record CpeRequestReceived(long seq, Instant time, DeviceIdStruct device, String sessionId, String cwmpId,
                              CwmpRequest request, CwmpMessage answer) implements LogEntry {
    }

    /**
     * One POST of a session was answered: the URL path it went to, how many envelopes it carried, how
     * many went back, and the CPE's TCP source port (a new port = a new connection).
     */
    record PostServed(long seq, Instant time, DeviceIdStruct device, String sessionId, String path, int remotePort,
                      int envelopesIn, int envelopesOut) implements LogEntry {
    }

    /** A session ended: {@code reason} is e.g. "204 No Content", "timeout", "replaced by a new Inform". */
    record SessionEnded(long seq, Instant time, DeviceIdStruct device, String sessionId, String reason)
            implements LogEntry {
    }

    /** The CPE broke a CWMP rule (request under HoldRequests, missing cookie, unknown response ID, …). */
    record ProtocolViolation(long seq, Instant time, DeviceIdStruct device, String sessionId, String what)
            implements LogEntry {
    }

    /** A programmed fault was applied to a POST. */
    record FaultInjected(long seq, Instant time, DeviceIdStruct device, String sessionId, FaultAction action)
            implements LogEntry {
    }

    /** A POST was answered 401 because its credentials were missing or wrong. */
    record AuthenticationFailed(long seq, Instant time, DeviceIdStruct device, String remote, String reason,
                                boolean credentialsPresent) implements LogEntry {
    }

    /** A Connection Request went out ({@code transport} "HTTP" or "UDP"); {@code result} says how it went. */
    record ConnectionRequestSent(long seq, Instant time, DeviceIdStruct device, String transport, String target,
                                 String result) implements LogEntry {
    }
}
