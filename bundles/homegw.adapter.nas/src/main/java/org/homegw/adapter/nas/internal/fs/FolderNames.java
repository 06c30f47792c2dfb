package org.homegw.adapter.nas.internal.fs;

/** What a folder name may be: one path segment of 1 to 64 characters, no separators or control characters. */
public final class FolderNames {

    private FolderNames() {
    }

    public static boolean isValid(String name) {
        return name != null && !name.isEmpty() && name.length() <= 64 && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 32 || c == 127);
    }
}
