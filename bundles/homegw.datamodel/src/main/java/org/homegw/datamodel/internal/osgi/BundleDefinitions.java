package org.homegw.datamodel.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.homegw.datamodel.definitions.CompactDefinitionsReader;
import org.homegw.datamodel.definitions.DataModelDefinitions;
import org.homegw.datamodel.definitions.DefinitionsException;
import org.osgi.framework.Bundle;

/**
 * Reads the data-model definitions a bundle carries: every compact file
 * {@value #FOLDER}/*.dmdefs (normally one, written at build time by
 * {@code DefinitionsCompiler --additions-to}), merged in file-name order. See docs/vendor-kit.md.
 */
final class BundleDefinitions {

    /** Where a bundle keeps its definitions. */
    static final String FOLDER = "OSGI-INF/homegw/datamodel";
    /** A bundle's definitions are small (the example's are under 1 KB): refuse anything over 4 MiB. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private final CompactDefinitionsReader reader = new CompactDefinitionsReader(MAX_BYTES);

    /** How log lines name a bundle: "symbolic.name version (bundle id)". */
    static String nameOf(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion() + " (bundle " + bundle.getBundleId() + ")";
    }

    /**
     * The definitions {@code bundle} carries, or null when it carries none.
     *
     * @throws DefinitionsException when a file cannot be read or is malformed, or two files clash
     */
    DataModelDefinitions read(Bundle bundle) throws DefinitionsException {
        Enumeration<URL> found = bundle.findEntries(FOLDER, "*.dmdefs", false);
        if (found == null) {
            return null;
        }
        List<URL> files = new ArrayList<>(Collections.list(found));
        files.sort(Comparator.comparing(URL::getPath));
        DataModelDefinitions all = null;
        for (URL file : files) {
            String source = nameOf(bundle) + " " + file.getPath();
            DataModelDefinitions one;
            try (InputStream in = file.openStream()) {
                one = reader.read(in, source);
            } catch (IOException e) {
                throw new DefinitionsException(source + ": cannot read: " + e.getMessage(), e);
            }
            try {
                all = all == null ? one : all.withExtension(one);
            } catch (IllegalArgumentException e) {
                throw new DefinitionsException(source + ": " + e.getMessage(), e);
            }
        }
        return all;
    }
}
