package org.homegw.cwmp.message;

/** Empty success answer to ScheduleDownload. */
public record ScheduleDownloadResponse() implements CwmpResponse {
}
