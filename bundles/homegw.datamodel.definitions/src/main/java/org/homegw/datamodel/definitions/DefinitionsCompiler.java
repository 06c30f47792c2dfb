package org.homegw.datamodel.definitions;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The project's definitions compiler: reads BBF full XML (and vendor XML in the same schema), mounts
 * service models, and writes the compact definitions file the gateway loads at start-up.
 *
 * <p>Command line:
 * <pre>
 * java -cp homegw.datamodel.definitions.jar org.homegw.datamodel.definitions.DefinitionsCompiler \
 *     --out device-2.19.dmdefs [--model NAME] [--max-bytes N] \
 *     tr-181-2-19-1-cwmp-full.xml [vendor.xml ...] \
 *     [--mount Device.Services.=tr-104-2-0-2-cwmp-full.xml ...]
 * </pre>
 * Model files are read in order; a later file may extend (base=) a model of an earlier one. The root
 * model is the one named by {@code --model}, otherwise the last model read. Each {@code --mount} file
 * must hold exactly one service model. Exit status 0 on success, 1 when an input is refused, 2 on a
 * usage error.
 *
 * <p>For a bundle that carries its own definitions (docs/vendor-kit.md), {@code --additions-to BASE}
 * reads the vendor XML files with the model of {@code BASE} (a compact file such as
 * {@code device-config/datamodel/device-2.19.dmdefs}, or BBF XML) as their base and writes only what
 * they add ({@link VendorAdditions}):
 * <pre>
 * java ... DefinitionsCompiler --out target/classes/OSGI-INF/homegw/datamodel/X_000000_SmartPlug.dmdefs \
 *     --additions-to device-2.19.dmdefs X_000000_SmartPlug.xml
 * </pre>
 */
public final class DefinitionsCompiler {

    /**
     * A service model file to mount.
     *
     * @param mountPoint object path the service goes under, e.g. {@code Device.Services.}
     * @param file       BBF XML file holding one service model
     */
    public record Mount(String mountPoint, Path file) {
        public Mount {
            Objects.requireNonNull(mountPoint, "mountPoint");
            Objects.requireNonNull(file, "file");
        }
    }

    private final BbfXmlReader reader;

    /** A compiler reading XML with {@code reader}. */
    public DefinitionsCompiler(BbfXmlReader reader) {
        this.reader = reader;
    }

    /**
     * Builds the device's definitions.
     *
     * @param modelFiles root model file(s) first, then vendor files (at least one)
     * @param rootModel  name of the root model, or null for the last model read
     * @param mounts     service models to mount, in order
     */
    public DataModelDefinitions compile(List<Path> modelFiles, String rootModel, List<Mount> mounts)
            throws DefinitionsException {
        if (modelFiles.isEmpty()) {
            throw new DefinitionsException("no model file given");
        }
        List<DataModelDefinitions> read = new ArrayList<>();
        for (Path f : modelFiles) {
            read.addAll(reader.read(f, read));
        }
        DataModelDefinitions root = null;
        for (DataModelDefinitions m : read) {
            if (rootModel == null || m.name().equals(rootModel)) {
                root = m;
            }
        }
        if (root == null) {
            throw new DefinitionsException(rootModel == null ? "the model files define no model"
                    : "no model named " + rootModel + " in " + modelFiles);
        }
        for (Mount mount : mounts) {
            DataModelDefinitions service = reader.readModel(mount.file());
            if (!service.models().get(0).service()) {
                throw new DefinitionsException(mount.file() + ": " + service.name()
                        + " is not a service model (isService=\"true\"); it cannot be mounted");
            }
            try {
                root = root.mount(service, mount.mountPoint());
            } catch (IllegalArgumentException e) {
                throw new DefinitionsException(mount.file() + ": cannot mount under " + mount.mountPoint() + ": "
                        + e.getMessage(), e);
            }
        }
        return root;
    }

    /**
     * Builds what vendor model files add to {@code base} ({@link VendorAdditions}).
     *
     * @param base        the standard model the vendor files extend ({@code <model base=...>})
     * @param vendorFiles BBF-schema vendor files, read in order (at least one)
     * @param vendorModel name of the vendor model to take, or null for the last model read
     * @throws DefinitionsException if a file is refused, no such model is read, or it changes a base definition
     */
    public DataModelDefinitions compileAdditions(DataModelDefinitions base, List<Path> vendorFiles, String vendorModel)
            throws DefinitionsException {
        if (vendorFiles.isEmpty()) {
            throw new DefinitionsException("no vendor model file given");
        }
        List<DataModelDefinitions> read = new ArrayList<>(List.of(base));
        DataModelDefinitions chosen = null;
        for (Path f : vendorFiles) {
            for (DataModelDefinitions m : reader.read(f, read)) {
                read.add(m);
                if (vendorModel == null || m.name().equals(vendorModel)) {
                    chosen = m;
                }
            }
        }
        if (chosen == null) {
            throw new DefinitionsException(vendorModel == null ? "the vendor files define no model"
                    : "no model named " + vendorModel + " in " + vendorFiles);
        }
        return VendorAdditions.of(base, chosen);
    }

    /** The provenance comment lines written at the top of the compact file (file names only, no paths). */
    public static List<String> provenance(List<Path> modelFiles, List<Mount> mounts) {
        List<String> lines = new ArrayList<>();
        lines.add("Compiled by org.homegw.datamodel.definitions.DefinitionsCompiler; facts only, no descriptions.");
        StringBuilder from = new StringBuilder("Models:");
        for (Path f : modelFiles) {
            from.append(' ').append(f.getFileName());
        }
        lines.add(from.toString());
        for (Mount m : mounts) {
            lines.add("Mounted under " + m.mountPoint() + ": " + m.file().getFileName());
        }
        return lines;
    }

    /** Command-line entry point; see the class description. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns the exit status (for tests and {@link #main}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path output = null;
        Path additionsTo = null;
        String model = null;
        long maxBytes = BbfXmlReader.DEFAULT_MAX_BYTES;
        List<Path> files = new ArrayList<>();
        List<Mount> mounts = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out" -> output = Path.of(value(args, ++i, a));
                    case "--model" -> model = value(args, ++i, a);
                    case "--additions-to" -> additionsTo = Path.of(value(args, ++i, a));
                    case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i, a));
                    case "--mount" -> {
                        String v = value(args, ++i, a);
                        int eq = v.indexOf('=');
                        if (eq <= 0 || !v.substring(0, eq).endsWith(".")) {
                            throw new IllegalArgumentException("--mount needs OBJECT.=FILE, got " + v);
                        }
                        mounts.add(new Mount(v.substring(0, eq), Path.of(v.substring(eq + 1))));
                    }
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        files.add(Path.of(a));
                    }
                }
            }
            if (output == null || files.isEmpty()) {
                throw new IllegalArgumentException("need --out FILE and at least one model file");
            }
            if (additionsTo != null && !mounts.isEmpty()) {
                throw new IllegalArgumentException("--additions-to and --mount cannot be combined");
            }
        } catch (IllegalArgumentException e) {
            err.println("DefinitionsCompiler: " + e.getMessage());
            err.println("usage: DefinitionsCompiler --out FILE [--model NAME] [--max-bytes N] MODEL.xml... "
                    + "[--mount OBJECT.=SERVICE.xml]...");
            err.println("       DefinitionsCompiler --out FILE --additions-to BASE.dmdefs [--model NAME] VENDOR.xml...");
            return 2;
        }
        try {
            BbfXmlReader xml = new BbfXmlReader(maxBytes);
            DataModelDefinitions defs;
            List<String> comments;
            if (additionsTo == null) {
                defs = new DefinitionsCompiler(xml).compile(files, model, mounts);
                comments = provenance(files, mounts);
            } else {
                DataModelDefinitions base = new DefinitionsLoader(xml, new CompactDefinitionsReader()).load(additionsTo);
                defs = new DefinitionsCompiler(xml).compileAdditions(base, files, model);
                comments = new ArrayList<>(provenance(files, mounts));
                comments.add("Additions to " + base.name() + " (" + additionsTo.getFileName() + ") only");
            }
            new CompactDefinitionsWriter().write(defs, comments, output);
            out.printf("%s: %s, %d objects, %d parameters, %d bytes%n", output,
                    defs.models().stream().map(ModelInfo::name).toList(), defs.objects().size(),
                    defs.parameters().size(), Files.size(output));
            return 0;
        } catch (DefinitionsException e) {
            err.println("DefinitionsCompiler: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println("DefinitionsCompiler: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
