package org.homegw.cwmp.message;

/** Empty success answer to FactoryReset. */
public record FactoryResetResponse() implements CwmpResponse {
}
