package org.homegw.adapter.voip.spi;

import java.util.List;

/**
 * The complete voice configuration.
 *
 * @param network  the SIP network (proxy, registrar)
 * @param accounts one SIP account per line
 * @param codecs   codec preferences, in the order of {@link VoiceDriver#codecs()}
 */
public record VoiceSettings(SipNetwork network, List<SipAccount> accounts, List<CodecSetting> codecs) {

    public VoiceSettings {
        accounts = List.copyOf(accounts);
        codecs = List.copyOf(codecs);
    }

    /** Proxy and registrar; ports 0 mean the SIP default (5060). */
    public record SipNetwork(boolean enabled, String proxyServer, int proxyServerPort, String registrarServer,
                             int registrarServerPort, String serverDomain, int registerExpires) {
    }

    /** One line's SIP account. */
    public record SipAccount(int line, boolean enabled, String registerUri, String authUserName, String authPassword,
                             String directoryNumber) {
        @Override
        public String toString() {
            return "SipAccount[line=" + line + ", enabled=" + enabled + ", registerUri=" + registerUri + "]";
        }
    }

    /** Whether a codec may be offered, and how. */
    public record CodecSetting(String codec, boolean enabled, int packetizationPeriod, boolean silenceSuppression) {
    }
}
