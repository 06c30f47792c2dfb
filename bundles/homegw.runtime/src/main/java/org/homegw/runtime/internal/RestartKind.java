package org.homegw.runtime.internal;

/**
 * What the launcher does after the framework stops. The word is the content of the restart
 * request file the launcher reads ({@code org.homegw.launcher.RestartRequest} on its side).
 */
enum RestartKind {
    REBOOT("reboot"),
    FACTORY_RESET("factory-reset");

    private final String word;

    RestartKind(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }
}
