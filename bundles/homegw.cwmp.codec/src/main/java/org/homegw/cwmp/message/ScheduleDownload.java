package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** Asks the CPE to download within one or two time windows (CWMP 1.2+). */
public record ScheduleDownload(String commandKey, String fileType, String url, String username,
        String password, long fileSize, String targetFileName, List<TimeWindowStruct> timeWindowList)
        implements CwmpRequest {
    public ScheduleDownload {
        Objects.requireNonNull(commandKey, "commandKey");
        Objects.requireNonNull(fileType, "fileType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(targetFileName, "targetFileName");
        timeWindowList = List.copyOf(Objects.requireNonNull(timeWindowList, "timeWindowList"));
    }
}
