package org.homegw.adapter.voip.spi;

/**
 * A line now.
 *
 * @param registration TR-104 SIP.Client Status: Up, Registering, Error_Registration, Error_Network, Disabled...
 * @param callStatus   TR-104 Line CallStatus: Idle, Dialing, Delivered, Connected, Alerting, Disconnected
 * @param incoming     incoming call counters
 * @param outgoing     outgoing call counters
 */
public record LineState(String registration, String callStatus, CallStats incoming, CallStats outgoing) {

    /**
     * Call counters since the line came up.
     *
     * @param calls            received (incoming) or attempted (outgoing)
     * @param connected        answered
     * @param failed           not connected
     * @param dropped          ended abnormally after connecting
     * @param totalCallSeconds time connected
     */
    public record CallStats(long calls, long connected, long failed, long dropped, long totalCallSeconds) {
        public static final CallStats ZERO = new CallStats(0, 0, 0, 0, 0);
    }
}
