package org.homegw.diagnostics.internal.net;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds system commands (ping, traceroute) on PATH and in the usual system directories. */
public final class Executables {

    private static final List<String> SYSTEM_DIRS = List.of("/bin", "/usr/bin", "/sbin", "/usr/sbin");

    private Executables() {
    }

    /** {@code command}: a program name, or an absolute path used as is. */
    public static Optional<Path> find(String command) {
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        List<String> dirs = new ArrayList<>();
        String pathVar = System.getenv("PATH");
        if (pathVar != null) {
            dirs.addAll(List.of(pathVar.split(File.pathSeparator)));
        }
        dirs.addAll(SYSTEM_DIRS);
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, command))
                .filter(Files::isExecutable).findFirst();
    }
}
