package org.homegw.cwmp.message;

import java.util.List;
import java.util.Objects;

/**
 * Install, update or uninstall deployment units (CWMP 1.2+); the results come later in
 * DUStateChangeComplete.
 */
public record ChangeDUState(List<DuOperation> operations, String commandKey) implements CwmpRequest {
    public ChangeDUState {
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
        Objects.requireNonNull(commandKey, "commandKey");
    }
}
