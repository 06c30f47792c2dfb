package org.homegw.cwmp.message;

/** Empty success answer to Reboot. */
public record RebootResponse() implements CwmpResponse {
}
