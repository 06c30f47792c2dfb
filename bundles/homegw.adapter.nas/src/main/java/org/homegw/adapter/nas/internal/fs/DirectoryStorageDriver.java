package org.homegw.adapter.nas.internal.fs;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.homegw.adapter.nas.spi.StorageDriver;
import org.homegw.adapter.nas.spi.VolumeInfo;

/** A directory of the gateway's file system as the volume; its subdirectories are the folders. */
public final class DirectoryStorageDriver implements StorageDriver {

    private final Path root;

    /** @param root the directory; created if missing */
    public DirectoryStorageDriver(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
    }

    @Override
    public VolumeInfo volume() throws IOException {
        FileStore store = Files.getFileStore(root);
        return new VolumeInfo(store.name(), store.type(), store.getTotalSpace(), store.getUsableSpace());
    }

    @Override
    public List<String> folders() throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            dirs.forEach(d -> out.add(d.getFileName().toString()));
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public void createFolder(String name) throws IOException {
        Files.createDirectory(folder(name));
    }

    @Override
    public boolean deleteFolderIfEmpty(String name) throws IOException {
        try {
            Files.delete(folder(name));
            return true;
        } catch (DirectoryNotEmptyException e) {
            return false;
        }
    }

    @Override
    public void renameFolder(String from, String to) throws IOException {
        Path target = folder(to);
        if (Files.exists(target)) {
            throw new IOException(to + " exists");
        }
        Files.move(folder(from), target);
    }

    /** The folder's path; refuses anything that is not one segment directly below the root. */
    private Path folder(String name) throws IOException {
        Path p = root.resolve(name).normalize();
        if (!FolderNames.isValid(name) || !root.equals(p.getParent())) {
            throw new IOException("not a folder name: " + name);
        }
        return p;
    }
}
