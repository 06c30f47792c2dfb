package org.homegw.datamodel.internal.core;

/** Where the registry announces changes beyond the listener whiteboard (EventAdmin in OSGi). */
public interface ChangeEvents {

    ChangeEvents NONE = new ChangeEvents() {
        @Override
        public void activeChange(String path) {
        }

        @Override
        public void valueChanged(String path) {
        }
    };

    /** A parameter with active notification changed. */
    void activeChange(String path);

    /** A parameter changed value (notification on or not), as far as the registry learns of it. */
    void valueChanged(String path);
}
