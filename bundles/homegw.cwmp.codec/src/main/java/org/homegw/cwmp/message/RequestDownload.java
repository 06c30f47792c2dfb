package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/** The CPE asks the ACS to start a Download of the given file type. */
public record RequestDownload(String fileType, List<ArgStruct> fileTypeArg) implements CwmpRequest {
    public RequestDownload {
        Objects.requireNonNull(fileType, "fileType");
        fileTypeArg = List.copyOf(Objects.requireNonNull(fileTypeArg, "fileTypeArg"));
    }
}
