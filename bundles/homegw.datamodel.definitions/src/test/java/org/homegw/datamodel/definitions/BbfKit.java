package org.homegw.datamodel.definitions;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the Broadband Forum reference kit ({@code homegw.bbf.dir}, set by surefire); tests skip without it. */
final class BbfKit {

    private BbfKit() {
    }

    /** The kit directory; skips the calling test when it is absent. */
    static Path dir() {
        String dir = System.getProperty("homegw.bbf.dir");
        assumeTrue("homegw.bbf.dir not set", dir != null);
        Path p = Path.of(dir);
        assumeTrue("BBF kit not present at " + p, Files.isDirectory(p.resolve("dm")));
        return p;
    }

    /** A file of the kit's {@code dm/} folder; skips the calling test when the kit is absent. */
    static Path dm(String name) {
        return dir().resolve("dm").resolve(name);
    }
}
