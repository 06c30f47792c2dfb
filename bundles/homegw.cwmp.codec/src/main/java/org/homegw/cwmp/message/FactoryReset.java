package org.homegw.cwmp.message;

/** Asks the CPE to reset to factory defaults after the session. */
public record FactoryReset() implements CwmpRequest {
}
