package org.homegw.transfer.internal.component;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.homegw.datamodel.api.DataModel;
import org.homegw.transfer.api.ApplyResult;
import org.homegw.transfer.api.ConfigFileHandler;
import org.homegw.transfer.internal.apply.PathValueConfigFile;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The default vendor configuration file handler ({@code Path=Value} lines, see
 * {@link PathValueConfigFile}); service ranking -100 so a device's own format wins.
 */
@Component(service = ConfigFileHandler.class, property = Constants.SERVICE_RANKING + ":Integer=-100")
public final class ConfigFileComponent implements ConfigFileHandler {

    /** Configuration files beyond this size are refused (9018). */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    @Reference
    private DataModel model;

    private PathValueConfigFile handler;

    @Activate
    void activate() {
        handler = new PathValueConfigFile(model, MAX_BYTES);
    }

    @Override
    public ApplyResult apply(Path file) {
        return handler.apply(file);
    }

    @Override
    public void export(OutputStream out) throws IOException {
        handler.export(out);
    }
}
