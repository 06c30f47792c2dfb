package org.homegw.adapter.nas.spi;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One storage volume and its top-level folders. Folder names are single path segments, already
 * checked by the adapter (no separators, not "." or ".."). Failures are exceptions carrying a
 * message fit for a log line.
 */
@ConsumerType
public interface StorageDriver {

    /** The volume's medium and space, read now. */
    VolumeInfo volume() throws IOException;

    /** Names of the folders at the top of the volume, sorted. */
    List<String> folders() throws IOException;

    void createFolder(String name) throws IOException;

    /** Removes an empty folder; answers false, changing nothing, when the folder is not empty. */
    boolean deleteFolderIfEmpty(String name) throws IOException;

    void renameFolder(String from, String to) throws IOException;
}
