package org.homegw.adapter.nas.internal.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.homegw.adapter.nas.internal.fs.DirectoryStorageDriver;
import org.homegw.adapter.nas.spi.StorageDriver;
import org.homegw.adapter.nas.spi.VolumeInfo;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The default {@link StorageDriver}: one directory, ranked below any vendor driver. */
@Component(service = StorageDriver.class, configurationPid = "org.homegw.adapter.nas.directory",
        property = {"service.ranking:Integer=-1000", "homegw.driver=directory"})
@Designate(ocd = DirectoryStorageDriverComponent.Config.class)
public final class DirectoryStorageDriverComponent implements StorageDriver {

    /** Where the shared directory is. */
    @ObjectClassDefinition(name = "homegw NAS directory driver")
    public @interface Config {
        @AttributeDefinition(description = "Directory served as the volume; empty: <homegw.state.dir>/nas/share",
                required = false)
        String directory() default "";
    }

    private DirectoryStorageDriver delegate;

    @Activate
    void activate(BundleContext context, Config config) throws IOException {
        Path dir = config.directory().isBlank() ? StateDirs.stateDir(context).resolve("nas/share")
                : Path.of(config.directory());
        delegate = new DirectoryStorageDriver(dir);
    }

    @Override
    public VolumeInfo volume() throws IOException {
        return delegate.volume();
    }

    @Override
    public List<String> folders() throws IOException {
        return delegate.folders();
    }

    @Override
    public void createFolder(String name) throws IOException {
        delegate.createFolder(name);
    }

    @Override
    public boolean deleteFolderIfEmpty(String name) throws IOException {
        return delegate.deleteFolderIfEmpty(name);
    }

    @Override
    public void renameFolder(String from, String to) throws IOException {
        delegate.renameFolder(from, to);
    }
}
