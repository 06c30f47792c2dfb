package org.homegw.datamodel.internal;

import java.nio.file.Path;
import java.util.List;

import org.homegw.datamodel.definitions.BbfXmlReader;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.homegw.datamodel.internal.schema.DefinitionsAdapter;
import org.homegw.datamodel.internal.schema.SchemaTree;

/**
 * Where the definitions come from: Broadband Forum XML files named in the configuration (the first
 * is the root model, every further file's models are service models mounted under
 * "{root}Services."), so a firmware builder can point the registry at a newer BBF release or at
 * vendor extensions.
 */
public final class ModelSource {

    private static final System.Logger LOG = System.getLogger(ModelSource.class.getName());

    private ModelSource() {
    }

    /** Loads a root model from BBF XML and mounts the service models of the further files. */
    public static SchemaTree fromBbfXml(List<Path> files) throws DefinitionsException {
        if (files.isEmpty()) {
            throw new DefinitionsException("no BBF XML file given");
        }
        BbfXmlReader reader = new BbfXmlReader();
        DataModelDefinitions root = reader.readModel(files.get(0));
        String mountPoint = root.root().path() + "Services.";
        for (Path serviceFile : files.subList(1, files.size())) {
            for (DataModelDefinitions service : reader.read(serviceFile, List.of(root))) {
                root = root.mount(service, mountPoint);
                LOG.log(System.Logger.Level.INFO, "mounted {0} from {1} under {2}", service.name(), serviceFile, mountPoint);
            }
        }
        return DefinitionsAdapter.toTree(root);
    }
}
