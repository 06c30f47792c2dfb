package org.homegw.cwmp.message;

/** Lists the transfers the ACS requested that are not complete (deprecated by GetAllQueuedTransfers). */
public record GetQueuedTransfers() implements CwmpRequest {
}
