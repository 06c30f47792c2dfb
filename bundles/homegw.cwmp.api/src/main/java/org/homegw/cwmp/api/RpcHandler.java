package org.homegw.cwmp.api;

import org.homegw.cwmp.message.CwmpMessage;
import org.homegw.cwmp.message.CwmpRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard SPI: a bundle that implements a CPE RPC method the CWMP client does not implement
 * itself — Download, Upload, ScheduleDownload, CancelTransfer, GetQueuedTransfers,
 * GetAllQueuedTransfers, ChangeDUState, vendor {@code X_} methods — registers an RpcHandler service
 * with the service property {@value #METHOD} naming the method(s) (a String or String[]).
 *
 * <p>The client lists exactly the registered methods in its GetRPCMethods answer and calls
 * {@link #handle} on its session thread, in request order, for each request of that method. The
 * answer must be the method's response record or a {@link org.homegw.cwmp.message.FaultMessage};
 * anything else, or an exception, becomes fault 9002. Long work (a transfer) must not block the
 * session: answer at once and report the result later through
 * {@link CpeRequestQueue#queue}.
 *
 * <p>A vendor method arrives as an {@link org.homegw.cwmp.message.UnknownMethod} carrying its
 * arguments as a name → value tree; answer it with a {@link org.homegw.cwmp.message.VendorResponse}
 * named {@code <method>Response} (e.g. {@code VendorResponse.to(request, VendorArgument.of("Status", "0"))}).
 */
@ConsumerType
public interface RpcHandler {

    /** Service property: the RPC method name(s) this handler answers, e.g. "Download". */
    String METHOD = "cwmp.method";

    /** Answers one request; called only for the methods named in {@value #METHOD}. */
    CwmpMessage handle(CwmpRequest request);
}
