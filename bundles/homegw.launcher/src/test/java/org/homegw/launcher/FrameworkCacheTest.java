package org.homegw.launcher;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** When the framework cache of an earlier start may be used again. */
public class FrameworkCacheTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path home;
    private Path storage;
    private Path record;
    private FrameworkCache cache;

    @Before
    public void layout() throws Exception {
        home = tmp.newFolder("dist").toPath();
        Files.createDirectories(home.resolve("lib"));
        Files.createDirectories(home.resolve("bundles/1"));
        Files.createDirectories(home.resolve("bundles/2"));
        Files.writeString(home.resolve("lib/homegw.launcher.jar"), "launcher");
        Files.writeString(home.resolve("bundles/1/scr.jar"), "scr");
        Files.writeString(home.resolve("bundles/2/client.jar"), "client");
        Path state = tmp.newFolder("state").toPath();
        storage = state.resolve("felix-cache");
        record = state.resolve("felix-cache.bundles");
        cache = new FrameworkCache(storage, record);
    }

    private String describe(Set<String> disabled, boolean shell) throws Exception {
        Map<Integer, List<Path>> levels = FrameworkBoot.bundlesByStartLevel(home.resolve("bundles"));
        return FrameworkCache.describe(FrameworkCache.classPathJars(home.resolve("lib")), levels, disabled, shell);
    }

    private String describe() throws Exception {
        return describe(Set.of(), false);
    }

    /** A complete earlier start: the cache folder exists and the record was written. */
    private void earlierStart() throws Exception {
        Files.createDirectories(storage.resolve("bundle1"));
        cache.remember(describe());
    }

    @Test
    public void cache_of_a_complete_start_with_the_same_bundles_is_reused() throws Exception {
        earlierStart();
        assertTrue(cache.reusable(describe()));
    }

    @Test
    public void first_start_has_no_cache_to_reuse() throws Exception {
        assertFalse(cache.reusable(describe()));
    }

    @Test
    public void record_without_the_cache_folder_is_not_enough() throws Exception {
        cache.remember(describe());
        assertFalse(cache.reusable(describe()));
    }

    @Test
    public void replaced_bundle_jar_cleans_the_cache() throws Exception {
        earlierStart();
        Path jar = home.resolve("bundles/2/client.jar");
        Files.writeString(jar, "client, new firmware");
        assertFalse("new size", cache.reusable(describe()));

        earlierStart();
        Files.writeString(jar, "client, new firmwarE"); // same size
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        assertFalse("same size, new time", cache.reusable(describe()));
    }

    @Test
    public void added_removed_or_moved_bundles_clean_the_cache() throws Exception {
        earlierStart();
        Files.writeString(home.resolve("bundles/2/extra.jar"), "x");
        assertFalse("added", cache.reusable(describe()));

        earlierStart();
        Files.delete(home.resolve("bundles/2/extra.jar"));
        assertFalse("removed", cache.reusable(describe()));

        earlierStart();
        Files.move(home.resolve("bundles/2/client.jar"), home.resolve("bundles/1/client.jar"));
        assertFalse("other start level", cache.reusable(describe()));
    }

    @Test
    public void new_launcher_or_framework_jar_cleans_the_cache() throws Exception {
        earlierStart();
        Files.writeString(home.resolve("lib/homegw.launcher.jar"), "launcher 2");
        assertFalse(cache.reusable(describe()));
    }

    @Test
    public void other_disabled_adapters_or_shell_choice_clean_the_cache() throws Exception {
        earlierStart();
        assertFalse(cache.reusable(describe(Set.of("homegw.adapter.wifi"), false)));
        assertFalse(cache.reusable(describe(Set.of(), true)));
        assertEquals("order of the disabled list does not matter", describe(Set.of("a", "b"), false),
                describe(Set.of("b", "a"), false));
    }

    @Test
    public void damaged_record_means_a_clean_start_not_a_failure() throws Exception {
        earlierStart();
        Files.write(record, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertFalse(cache.reusable(describe()));
        Files.writeString(record, describe().substring(0, 20));
        assertFalse("truncated", cache.reusable(describe()));
    }

    @Test
    public void forget_before_a_clean_start_and_discard_after_a_failed_one() throws Exception {
        earlierStart();
        cache.forget();
        assertFalse(Files.exists(record));
        assertTrue("forget leaves the cache to Felix's own cleaning", Files.isDirectory(storage));

        earlierStart();
        Files.writeString(storage.resolve("bundle1/bundle.info"), "garbage");
        cache.discard();
        assertFalse(Files.exists(record));
        assertFalse(Files.exists(storage));
        cache.discard(); // nothing left: no error
    }

    @Test
    public void record_names_every_jar_with_its_level() throws Exception {
        String text = describe();
        assertTrue(text, text.contains("bundles/1 " + home.resolve("bundles/1/scr.jar") + " 3 "));
        assertTrue(text, text.contains("bundles/2 " + home.resolve("bundles/2/client.jar") + " 6 "));
        assertTrue(text, text.contains("lib " + home.resolve("lib/homegw.launcher.jar") + " 8 "));
        assertNotEquals(text, describe(Set.of(), true));
    }
}
