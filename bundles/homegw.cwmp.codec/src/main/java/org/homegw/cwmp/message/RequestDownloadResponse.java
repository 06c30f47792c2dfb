package org.homegw.cwmp.message;

/** The ACS acknowledges RequestDownload. */
public record RequestDownloadResponse() implements CwmpResponse {
}
