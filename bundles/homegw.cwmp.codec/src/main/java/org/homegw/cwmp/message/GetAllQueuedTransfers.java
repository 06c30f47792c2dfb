package org.homegw.cwmp.message;

/** Lists every queued transfer, ACS-requested or not (CWMP 1.1+). */
public record GetAllQueuedTransfers() implements CwmpRequest {
}
